/**
 * How a scenario file's problems are told to the person who wrote it: where (the field's path) and
 * what, in the words of the mistake they made. zod says "expected object, received undefined" for a
 * part left out and reports a misspelt key twice (the unknown key, the required key it stood for);
 * here the first reads "required, missing" and the second is one line with "did you mean".
 */
import { formatIssuePath } from '../common/validation-issues';

/** The part of a zod issue the description reads. */
export interface ScenarioIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  keys?: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at a path of the parsed JSON, or undefined. */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const part of path) {
    if (isRecord(value) && typeof part === 'string') value = value[part];
    else if (Array.isArray(value) && typeof part === 'number') value = value[part];
    else return undefined;
  }
  return value;
}

/** True when the issue is about a key its object does not have at all. */
function isMissing(data: unknown, path: ReadonlyArray<PropertyKey>): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = valueAt(data, path.slice(0, -1));
  return isRecord(parent) && !Object.prototype.hasOwnProperty.call(parent, key);
}

/** Optimal string alignment distance, for "did you mean" between keys of a few letters. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** The missing key an unknown key most likely misspells: case aside, at most 2 edits (1 for short keys). */
function closestKey(unknown: string, candidates: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of candidates) {
    const distance = unknown.toLowerCase() === key.toLowerCase() ? 0 : editDistance(unknown, key);
    const allowed = Math.min(key.length, unknown.length) <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** zod's "Invalid option: expected one of …" as "expected one of …", without "received undefined". */
function expectation(message: string): string {
  const text = message.replace(/^Invalid (?:input|option): /, '').replace(/, received undefined$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One line per problem: `path: what`, a misspelt key and the key it stood for told once. */
export function describeScenarioIssues(issues: readonly ScenarioIssue[], data: unknown): string[] {
  const missing = issues.filter((issue) => issue.code !== 'unrecognized_keys' && isMissing(data, issue.path));
  const explained = new Set<ScenarioIssue>();
  const unknownLines = new Map<ScenarioIssue, string[]>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || !issue.keys) continue;
    const parent = formatIssuePath(issue.path);
    unknownLines.set(issue, issue.keys.map((key) => {
      const siblings = missing.filter((other) => !explained.has(other) && formatIssuePath(other.path.slice(0, -1)) === parent);
      const names = siblings.map((other) => String(other.path[other.path.length - 1]));
      const guess = closestKey(key, names);
      const where = formatIssuePath([...issue.path, key]);
      if (guess === undefined) return `${where}: unknown field (a misspelt or extra name is refused, not ignored; README.md lists the fields)`;
      explained.add(siblings[names.indexOf(guess)]!);
      return `${where}: unknown field; did you mean "${guess}"? ("${guess}" is required and missing)`;
    }));
  }
  return issues.flatMap((issue) => {
    const unknown = unknownLines.get(issue);
    if (unknown) return unknown;
    if (explained.has(issue)) return [];
    if (missing.includes(issue)) return [`${formatIssuePath(issue.path)}: required, missing (${expectation(issue.message)})`];
    return [`${formatIssuePath(issue.path)}: ${issue.message}`];
  });
}

/** "not valid JSON at line 3, column 14: …", from the offset JSON.parse reports. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset === undefined) return `not valid JSON: ${message}`;
  const before = text.slice(0, Number(offset));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}
