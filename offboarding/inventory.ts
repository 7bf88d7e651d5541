/**
 * The handover inventory's rules: which states carry a date, that a credential is named, never
 * written down (DOMAIN.md: credentials travel through a safe channel, never in the record), which
 * checklist step each kind belongs to; the changes the store applies to it are in inventory-changes.ts.
 */
import type { ChecklistKey, HandoverItem, HandoverItemKind, HandoverState } from './types';

/** Sizes of the inventory (common/limits.ts shows them to the forms and the store enforces them). */
export const INVENTORY_LIMITS = { items: 200, name: 400, note: 2_000, recipient: 200 } as const;

/** States that need the day they happened, and those that may not have one. */
const DATED: ReadonlySet<HandoverState> = new Set(['handed-over', 'deleted']);
const UNDATED: ReadonlySet<HandoverState> = new Set(['to-hand-over', 'not-applicable']);

export function stateNeedsDate(state: HandoverState): boolean {
  return DATED.has(state);
}

export function stateTakesDate(state: HandoverState): boolean {
  return !UNDATED.has(state);
}

/**
 * Text that looks like a secret rather than its name: "hasło: x", "password=…", "token: …", a
 * private key block, a well-known key format, or one long random-looking word. Deliberately narrow
 * (a name such as "Hasło do panelu DNS" or a link to a shared folder passes).
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:has[łl]o|password|passwd|pass|pwd|pin|token|secret|sekret|api[ _-]?key|klucz(?: api)?)\s*[:=]\s*\S/iu,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bAKIA[0-9A-Z]{16}\b/,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/,
];

/** One word of 20+ characters mixing lower case, upper case and digits, with no dot or colon (not a link or a domain). */
function isRandomLookingWord(word: string): boolean {
  return word.length >= 20 && /^[A-Za-z0-9_\-+/=!@#$%^&*]+$/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word);
}

export function looksLikeSecret(text: string): boolean {
  return SECRET_PATTERNS.some((pattern) => pattern.test(text)) || text.split(/\s+/).some(isRandomLookingWord);
}

/** The fields of an item a user types. */
export type HandoverItemInput = Omit<HandoverItem, 'id'>;

export type HandoverIssue =
  | { field: 'on'; problem: 'date-needed' | 'date-not-allowed' }
  | { field: 'name' | 'note' | 'recipient'; problem: 'secret' };

/** Every problem of an inventory item, by field; empty when it is valid. */
export function handoverItemIssues(item: Pick<HandoverItem, 'state' | 'on' | 'name' | 'note' | 'recipient'>): HandoverIssue[] {
  const issues: HandoverIssue[] = [];
  if (DATED.has(item.state) && item.on === undefined) issues.push({ field: 'on', problem: 'date-needed' });
  if (UNDATED.has(item.state) && item.on !== undefined) issues.push({ field: 'on', problem: 'date-not-allowed' });
  for (const field of ['name', 'note', 'recipient'] as const) {
    const text = item[field];
    if (text !== undefined && looksLikeSecret(text)) issues.push({ field, problem: 'secret' });
  }
  return issues;
}

/** The inventory of an offboarding; records from before the inventory have none. */
export function inventoryOf(offboarding: { inventory?: readonly HandoverItem[] } | undefined): readonly HandoverItem[] {
  return offboarding?.inventory ?? [];
}

/** The checklist steps the inventory drives. */
export type InventoryStep = Extract<ChecklistKey, 'handover' | 'assets-access' | 'personal-data'>;
export const INVENTORY_STEPS: readonly InventoryStep[] = ['handover', 'assets-access', 'personal-data'];

/**
 * The step each kind belongs to, as the checklist's hints describe them: the work and its files are
 * the handover; what the client owns or lets us use (domains, hosting, accounts, access, equipment)
 * is "assets and access"; personal data is returned or deleted (GDPR art. 28(3)(g)).
 */
export const KIND_STEP: Readonly<Record<HandoverItemKind, InventoryStep>> = {
  deliverable: 'handover',
  'source-code': 'handover',
  files: 'handover',
  other: 'handover',
  domain: 'assets-access',
  hosting: 'assets-access',
  account: 'assets-access',
  credential: 'assets-access',
  equipment: 'assets-access',
  'personal-data': 'personal-data',
};

/** Accounts and credentials are what access is revoked from. */
export const ACCESS_KINDS: ReadonlySet<HandoverItemKind> = new Set(['account', 'credential', 'hosting']);

export function itemsOfStep(inventory: readonly HandoverItem[], step: InventoryStep): HandoverItem[] {
  return inventory.filter((item) => KIND_STEP[item.kind] === step);
}

/** An item is settled once it is no longer waiting to be handed over. */
export function isItemSettled(item: HandoverItem): boolean {
  return item.state !== 'to-hand-over';
}

/**
 * What the inventory says of a step: nothing listed; items still open (with how many); or every
 * item handed over, revoked, deleted or not applicable — then the step may be offered as done,
 * never ticked by itself.
 */
export type StepInventory = { status: 'empty' } | { status: 'open'; open: number; total: number } | { status: 'settled'; total: number };

export function stepInventory(inventory: readonly HandoverItem[], step: InventoryStep): StepInventory {
  const items = itemsOfStep(inventory, step);
  if (items.length === 0) return { status: 'empty' };
  const open = items.filter((item) => !isItemSettled(item)).length;
  return open === 0 ? { status: 'settled', total: items.length } : { status: 'open', open, total: items.length };
}
