/**
 * Validation of what extension pages ask the content script to do. Small shapes checked by
 * hand rather than with zod: the content script stays small (zod/mini was a third of its bundle),
 * and each check answers like a zod schema (`safeParse`, issues with a path) so the one checked-
 * handler helper reads them alike. Unknown keys are dropped, as zod's objects do. Limits match
 * insert.ts (draft HTML at most 200 000 characters).
 */
import type { RequestSchema } from '../common/messaging/handlers';
import type { ValidationIssue } from '../common/validation-issues';
import type { Draft } from './types';
import { MAX_DRAFT_HTML } from './insert';

const MAX_SUBJECT = 998;

type Check<T> = (value: unknown, path: PropertyKey[], issues: ValidationIssue[]) => T | undefined;

function schema<T>(check: Check<T>): RequestSchema<T> {
  return {
    safeParse(value) {
      const issues: ValidationIssue[] = [];
      const data = check(value, [], issues);
      return issues.length === 0 ? { success: true, data: data as T } : { success: false, error: { issues } };
    },
  };
}

function record(value: unknown, path: PropertyKey[], issues: ValidationIssue[]): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  issues.push({ path, message: 'Expected an object' });
  return undefined;
}

function text(value: unknown, path: PropertyKey[], issues: ValidationIssue[], max: number): string | undefined {
  if (typeof value !== 'string') issues.push({ path, message: 'Expected a string' });
  else if (value.length > max) issues.push({ path, message: `Too long: at most ${max} characters` });
  else return value;
  return undefined;
}

/** The sidebar's pairing token (webmail/pairing.ts): its value is checked by the handler, its type here. */
function token(object: Record<string, unknown>, issues: ValidationIssue[]): { token?: string } {
  if (object.token === undefined) return {};
  if (typeof object.token !== 'string') {
    issues.push({ path: ['token'], message: 'Expected a string' });
    return {};
  }
  return { token: object.token };
}

const draft: Check<Draft> = (value, path, issues) => {
  const object = record(value, path, issues);
  if (!object) return undefined;
  const html = text(object.html, [...path, 'html'], issues, MAX_DRAFT_HTML);
  const plain = text(object.text, [...path, 'text'], issues, MAX_DRAFT_HTML);
  const subject = object.subject === undefined ? undefined : text(object.subject, [...path, 'subject'], issues, MAX_SUBJECT);
  if (html === undefined || plain === undefined) return undefined;
  return subject === undefined ? { html, text: plain } : { html, text: plain, subject };
};

export const tokenRequestSchema = schema<{ token?: string }>((value, path, issues) => {
  const object = record(value, path, issues);
  return object ? token(object, issues) : undefined;
});

export const insertDraftRequestSchema = schema<{ draft: Draft; token?: string }>((value, path, issues) => {
  const object = record(value, path, issues);
  if (!object) return undefined;
  const checked = draft(object.draft, ['draft'], issues);
  return checked ? { draft: checked, ...token(object, issues) } : undefined;
});

export const setSidebarRequestSchema = schema<{ open: boolean | 'toggle'; token?: string }>((value, path, issues) => {
  const object = record(value, path, issues);
  if (!object) return undefined;
  const open = object.open;
  if (typeof open !== 'boolean' && open !== 'toggle') {
    issues.push({ path: ['open'], message: 'Expected true, false or "toggle"' });
    return undefined;
  }
  return { open, ...token(object, issues) };
});

export const setComposeShortcutRequestSchema = schema<{ enabled: boolean; token?: string }>((value, path, issues) => {
  const object = record(value, path, issues);
  if (!object) return undefined;
  if (typeof object.enabled !== 'boolean') {
    issues.push({ path: ['enabled'], message: 'Expected true or false' });
    return undefined;
  }
  return { enabled: object.enabled, ...token(object, issues) };
});
