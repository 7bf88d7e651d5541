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
