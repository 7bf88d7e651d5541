/** How a failed zod (or zod/mini) parse is told to a person: the path of the field and why. */

export interface ValidationIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** "patch.item.amountMinor", "rows[2].name", "(root)". */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** The first issue as path and message. */
export function describeFirstIssue(error: { issues: ReadonlyArray<ValidationIssue> }): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: '(root)', message: 'Invalid value' };
  return { path: formatIssuePath(issue.path), message: issue.message };
}

/** What is wrong with a field, in words a view can translate (common/user-errors.ts). */
export type IssueProblem = 'too-long' | 'too-many' | 'too-large' | 'too-small' | 'required' | 'not-whole' | 'format' | 'choice' | 'other' | 'secret' | 'date-needed';

/** A refusal's parameters: where (the path), what is wrong, and the limit when there is one. */
export type IssueParams = { path: string; problem: IssueProblem; limit?: number };

interface DetailedIssue extends ValidationIssue {
  code?: string;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  expected?: string;
}

/** The first issue as parameters: zod's issue codes mapped to the few problems a user can act on. */
export function firstIssueParams(error: { issues: ReadonlyArray<ValidationIssue> }): IssueParams {
  const issue = error.issues[0] as DetailedIssue | undefined;
  if (!issue) return { path: '(root)', problem: 'other' };
  const path = formatIssuePath(issue.path);
  const limitOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'bigint' ? Number(value) : undefined);
  const withLimit = (problem: IssueProblem, value: unknown): IssueParams => {
    const limit = limitOf(value);
    return limit === undefined ? { path, problem } : { path, problem, limit };
  };
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return withLimit('too-long', issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return withLimit('too-many', issue.maximum);
      return withLimit('too-large', issue.maximum);
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && limitOf(issue.minimum) === 1) return { path, problem: 'required' };
      return withLimit('too-small', issue.minimum);
    case 'invalid_type':
      if (issue.expected === 'int') return { path, problem: 'not-whole' };
      return { path, problem: issue.message.startsWith('Invalid input: expected') && /received undefined/.test(issue.message) ? 'required' : 'format' };
    case 'invalid_format':
      return { path, problem: 'format' };
    case 'invalid_value':
    case 'invalid_union':
      return { path, problem: 'choice' };
    case 'custom':
      // The handover inventory's own rules (offboarding/inventory.ts).
      if (/looks like a password or key/.test(issue.message)) return { path, problem: 'secret' };
      if (/needs the date it happened/.test(issue.message)) return { path, problem: 'date-needed' };
      return { path, problem: /non-empty|Expected a description|Expected what/.test(issue.message) ? 'required' : 'format' };
    default:
      return { path, problem: 'other' };
  }
}
