/**
 * The handover inventory's rules: which states carry a date, and that a credential is named, never
 * written down (DOMAIN.md: credentials travel through a safe channel, never in the record).
 */
import type { HandoverItem, HandoverState } from './types';

/** States that need the day they happened, and those that may not have one. */
const DATED: ReadonlySet<HandoverState> = new Set(['handed-over', 'deleted']);
const UNDATED: ReadonlySet<HandoverState> = new Set(['to-hand-over', 'not-applicable']);

/**
 * Text that looks like a secret rather than its name: "hasło: x", "password=…", "token: …", a
 * private key block. Deliberately narrow (a name such as "Hasło do panelu DNS" passes).
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:has[łl]o|password|passwd|pass|pwd|pin|token|secret|sekret|api[ _-]?key|klucz(?: api)?)\s*[:=]\s*\S/iu,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];

export function looksLikeSecret(text: string): boolean {
  return SECRET_PATTERNS.some((pattern) => pattern.test(text));
}

/** Every problem of an inventory item, as sentences; empty when it is valid. */
export function handoverItemProblems(item: Pick<HandoverItem, 'state' | 'on' | 'name' | 'note'>): string[] {
  const problems: string[] = [];
  if (DATED.has(item.state) && item.on === undefined) problems.push(`an item in state "${item.state}" needs the date it happened (on)`);
  if (UNDATED.has(item.state) && item.on !== undefined) problems.push(`an item in state "${item.state}" has no date; remove "on"`);
  for (const [field, text] of [['name', item.name], ['note', item.note]] as const) {
    if (text !== undefined && looksLikeSecret(text)) {
      problems.push(`${field} looks like a password or key; write only what it is, and pass the secret on through a safe channel`);
    }
  }
  return problems;
}

/** The inventory of an offboarding; records from before the inventory have none. */
export function inventoryOf(offboarding: { inventory?: readonly HandoverItem[] } | undefined): readonly HandoverItem[] {
  return offboarding?.inventory ?? [];
}
