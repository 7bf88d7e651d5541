/**
 * The handover inventory's domain (issue 13 item 1): its changes as patches, each logged; the
 * step each kind belongs to and what the inventory says of it; secrets refused by their look.
 */
import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../offboarding/patch';
import { newOffboarding } from '../../../offboarding/new-records';
import { handoverItemIssues, KIND_STEP, looksLikeSecret, stepInventory } from '../../../offboarding/inventory';
import type { HandoverItem, Offboarding } from '../../../offboarding/types';
import { HANDOVER_ITEM_KINDS } from '../../../offboarding/types';

const NOW = '2026-03-02T10:00:00.000Z';
const base = (): Offboarding => newOffboarding({ clientId: 'c1', initiator: 'we', reason: 'fit', startedOn: '2026-03-01' }, '2026-03-01T08:00:00.000Z', 'o1');
let counter = 0;
const ids = () => `i${++counter}`;

function withItems(...items: Array<Omit<HandoverItem, 'id'>>): Offboarding {
  counter = 0;
  return items.reduce((ob, item) => applyPatch(ob, { op: 'inventory-add', item }, NOW, ids).offboarding, base());
}

describe('inventory patches', () => {
  it('adds an item with the id it is given, trimmed, and logs it by name, kind and state', () => {
    counter = 0;
    const { offboarding, events } = applyPatch(base(), { op: 'inventory-add', item: { kind: 'domain', name: '  Domena acme.pl ', state: 'to-hand-over', note: '  ', recipient: ' Jan Kowalski ' } }, NOW, ids);
    expect(offboarding.inventory).toEqual([{ id: 'i1', kind: 'domain', name: 'Domena acme.pl', state: 'to-hand-over', recipient: 'Jan Kowalski' }]);
    expect(events).toEqual([{ type: 'inventory-changed', data: { action: 'added', itemId: 'i1', kind: 'domain', name: 'Domena acme.pl', state: 'to-hand-over', on: null } }]);
  });

  it('an old record without an inventory takes its first item', () => {
    const old = base();
    delete old.inventory;
    expect(applyPatch(old, { op: 'inventory-add', item: { kind: 'files', name: 'Pliki projektu', state: 'to-hand-over' } }, NOW, () => 'x').offboarding.inventory).toHaveLength(1);
  });

  it('moves an item to a dated state and back, logging the previous state; the date goes when the state takes none', () => {
    const ob = withItems({ kind: 'files', name: 'Pliki', state: 'to-hand-over' });
    const handed = applyPatch(ob, { op: 'inventory-state', id: 'i1', state: 'handed-over', on: '2026-03-02' }, NOW, ids);
    expect(handed.offboarding.inventory?.[0]).toMatchObject({ state: 'handed-over', on: '2026-03-02' });
    expect(handed.events[0]?.data).toMatchObject({ action: 'state', state: 'handed-over', previousState: 'to-hand-over', on: '2026-03-02' });
    const back = applyPatch(handed.offboarding, { op: 'inventory-state', id: 'i1', state: 'not-applicable', on: '2026-03-02' }, NOW, ids);
    expect(back.offboarding.inventory?.[0]).not.toHaveProperty('on');
  });

  it('refuses a dated state without its date, a date on an undated state, and a secret', () => {
    const ob = withItems({ kind: 'files', name: 'Pliki', state: 'to-hand-over' });
    expect(() => applyPatch(ob, { op: 'inventory-state', id: 'i1', state: 'handed-over' }, NOW, ids)).toThrow(/needs the date/);
    expect(() => applyPatch(ob, { op: 'inventory-add', item: { kind: 'files', name: 'X', state: 'to-hand-over', on: '2026-03-01' } }, NOW, ids)).toThrow(/has no date/);
    const secret = () => applyPatch(ob, { op: 'inventory-add', item: { kind: 'credential', name: 'WordPress', state: 'to-hand-over', note: 'hasło: Lato2026!' } }, NOW, ids);
    expect(secret).toThrow(PatchError);
    expect(secret).toThrow(/note looks like a password/);
  });

  it('replaces an item whole (a cleared field is gone) and keeps its place; an unchanged edit logs nothing', () => {
    const ob = withItems({ kind: 'files', name: 'A', state: 'to-hand-over', note: 'stara uwaga' }, { kind: 'domain', name: 'B', state: 'to-hand-over' });
    const edited = applyPatch(ob, { op: 'inventory-update', id: 'i1', item: { kind: 'source-code', name: 'Repozytorium', state: 'to-hand-over' } }, NOW, ids);
    expect(edited.offboarding.inventory?.map((item) => item.name)).toEqual(['Repozytorium', 'B']);
    expect(edited.offboarding.inventory?.[0]).not.toHaveProperty('note');
    expect(edited.events[0]?.data.action).toBe('edited');
    const same = applyPatch(edited.offboarding, { op: 'inventory-update', id: 'i1', item: { kind: 'source-code', name: 'Repozytorium', state: 'to-hand-over' } }, NOW, ids);
    expect(same.offboarding).toBe(edited.offboarding);
    expect(same.events).toEqual([]);
  });

  it('removes an item and logs it; an unknown id is not found', () => {
    const ob = withItems({ kind: 'files', name: 'A', state: 'to-hand-over' });
    const removed = applyPatch(ob, { op: 'inventory-remove', id: 'i1' }, NOW, ids);
    expect(removed.offboarding.inventory).toEqual([]);
    expect(removed.events[0]?.data).toMatchObject({ action: 'removed', name: 'A' });
    expect(() => applyPatch(ob, { op: 'inventory-remove', id: 'nope' }, NOW, ids)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('holds at most 200 items', () => {
    let ob = base();
    for (let i = 0; i < 200; i++) ob = applyPatch(ob, { op: 'inventory-add', item: { kind: 'files', name: `P${i}`, state: 'to-hand-over' } }, NOW, () => `p${i}`).offboarding;
    expect(() => applyPatch(ob, { op: 'inventory-add', item: { kind: 'files', name: 'one more', state: 'to-hand-over' } }, NOW, () => 'x')).toThrow(/at most 200/);
  });
});

describe('what the inventory says of a step', () => {
  it('every kind belongs to one of the three steps', () => {
    expect(new Set(HANDOVER_ITEM_KINDS.map((kind) => KIND_STEP[kind]))).toEqual(new Set(['handover', 'assets-access', 'personal-data']));
    expect(KIND_STEP.credential).toBe('assets-access');
    expect(KIND_STEP['source-code']).toBe('handover');
  });

  it('is empty, open with a count, or settled once nothing waits to be handed over', () => {
    const items: HandoverItem[] = [
      { id: '1', kind: 'files', name: 'A', state: 'handed-over', on: '2026-03-01' },
      { id: '2', kind: 'deliverable', name: 'B', state: 'to-hand-over' },
      { id: '3', kind: 'account', name: 'C', state: 'revoked' },
      { id: '4', kind: 'domain', name: 'D', state: 'not-applicable' },
    ];
    expect(stepInventory(items, 'handover')).toEqual({ status: 'open', open: 1, total: 2 });
    expect(stepInventory(items, 'assets-access')).toEqual({ status: 'settled', total: 2 });
    expect(stepInventory(items, 'personal-data')).toEqual({ status: 'empty' });
  });
});

describe('secrets', () => {
  it.each([
    'hasło: Lato2026!',
    'password=hunter2',
    'API key: abc',
    'sk_live_51HxAbCdEfGh',
    'ghp_abcdefghijklmnopqrstuvwxyz0123',
    'AKIAIOSFODNN7EXAMPLE',
    'Klucz aB3dE5gH7jK9mN1pQ3sT5vX',
    '-----BEGIN RSA PRIVATE KEY-----',
  ])('refuses %s', (text) => {
    expect(looksLikeSecret(text)).toBe(true);
  });

  it.each([
    'Hasło do panelu DNS',
    'Konto administratora WordPress',
    'https://drive.google.com/drive/folders/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
    'Domena acme-superlongdomainname2026.pl',
    'Repozytorium GitHub acme/shop',
  ])('lets the name %s pass', (text) => {
    expect(looksLikeSecret(text)).toBe(false);
  });

  it('names the field of each problem', () => {
    expect(handoverItemIssues({ state: 'handed-over', name: 'X', recipient: 'token: abc' })).toEqual([
      { field: 'on', problem: 'date-needed' },
      { field: 'recipient', problem: 'secret' },
    ]);
  });
});
