/**
 * The changes the store (patch.ts) applies to a handover inventory, and its refusals in words.
 * Apart from inventory.ts because only the store applies them: the sidebar sends the change and
 * does not load these (issue 16).
 */
import type { HandoverItem, HandoverState } from './types';
import { handoverItemIssues, stateTakesDate, type HandoverItemInput } from './inventory';

/** The same problems as sentences (the store's refusal; the sidebar words them itself). */
export function handoverItemProblems(item: Pick<HandoverItem, 'state' | 'on' | 'name' | 'note' | 'recipient'>): string[] {
  return handoverItemIssues(item).map((issue) => {
    if (issue.problem === 'date-needed') return `an item in state "${item.state}" needs the date it happened (on)`;
    if (issue.problem === 'date-not-allowed') return `an item in state "${item.state}" has no date; remove "on"`;
    return `${issue.field} looks like a password or key; write only what it is, and pass the secret on through a safe channel`;
  });
}

/** Why a change to the inventory cannot be made. */
export class InventoryError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'InventoryError';
  }
}

function cleanItem(input: HandoverItemInput): HandoverItemInput {
  const item: HandoverItemInput = { kind: input.kind, name: input.name.trim(), state: input.state };
  if (input.on !== undefined) item.on = input.on;
  const note = input.note?.trim();
  if (note) item.note = note;
  const recipient = input.recipient?.trim();
  if (recipient) item.recipient = recipient;
  return item;
}

function refuseProblems(item: HandoverItemInput): void {
  if (item.name === '') throw new InventoryError('invalid', 'An inventory item needs a name: write what it is');
  const problems = handoverItemProblems(item);
  if (problems.length > 0) throw new InventoryError('invalid', problems.join('; '));
}

export function addInventoryItem(inventory: readonly HandoverItem[], input: HandoverItemInput, id: string, maxItems: number): { inventory: HandoverItem[]; item: HandoverItem } {
  if (inventory.length >= maxItems) throw new InventoryError('invalid', `The inventory holds at most ${maxItems} items; remove one first`);
  const clean = cleanItem(input);
  refuseProblems(clean);
  const item: HandoverItem = { id, ...clean };
  return { inventory: [...inventory, item], item };
}

/** Replaces an item's fields (a cleared field is removed); its id and its place in the list stay. */
export function replaceInventoryItem(inventory: readonly HandoverItem[], id: string, input: HandoverItemInput): { inventory: HandoverItem[]; before: HandoverItem; item: HandoverItem } {
  const index = inventory.findIndex((item) => item.id === id);
  const before = inventory[index];
  if (!before) throw itemNotFound(id);
  const clean = cleanItem(input);
  refuseProblems(clean);
  const item: HandoverItem = { id, ...clean };
  const next = [...inventory];
  next[index] = item;
  return { inventory: next, before, item };
}

/** Moves an item to another state: the date goes with it where the state takes one, else it is dropped. */
export function setInventoryState(inventory: readonly HandoverItem[], id: string, state: HandoverState, on: string | undefined): { inventory: HandoverItem[]; before: HandoverItem; item: HandoverItem } {
  const before = inventory.find((item) => item.id === id);
  if (!before) throw itemNotFound(id);
  const { id: _id, on: _on, ...rest } = before;
  const input: HandoverItemInput = { ...rest, state };
  if (on !== undefined && stateTakesDate(state)) input.on = on;
  return replaceInventoryItem(inventory, id, input);
}

export function removeInventoryItem(inventory: readonly HandoverItem[], id: string): { inventory: HandoverItem[]; item: HandoverItem } {
  const item = inventory.find((entry) => entry.id === id);
  if (!item) throw itemNotFound(id);
  return { inventory: inventory.filter((entry) => entry.id !== id), item };
}

function itemNotFound(id: string): InventoryError {
  return new InventoryError('not-found', `No inventory item with id "${id}" (it may have been removed)`);
}
