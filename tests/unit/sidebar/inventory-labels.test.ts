import { describe, expect, it } from 'vitest';
import { inventoryEventDetail, stateLabel, statesFor } from '../../../components/sidebar/inventory-labels';
import { sidebarMessages } from '../../../components/sidebar/messages';
import type { SidebarMessageKey } from '../../../components/sidebar/messages';

const pl = (key: SidebarMessageKey) => sidebarMessages[key].pl;

describe('the inventory in words', () => {
  it('names each timeline change by the item and what happened to it', () => {
    expect(inventoryEventDetail({ action: 'added', name: 'Domena acme.pl', kind: 'domain', state: 'to-hand-over' }, pl)).toBe('Domena acme.pl: dodano');
    expect(inventoryEventDetail({ action: 'state', name: 'Lista klientów', kind: 'personal-data', state: 'handed-over' }, pl)).toBe('Lista klientów: zwrócone');
    expect(inventoryEventDetail({ action: 'removed', name: 'Pliki', kind: 'files', state: 'to-hand-over' }, pl)).toBe('Pliki: usunięto');
  });

  it('personal data is returned or deleted, never handed over; access is revoked from the rest', () => {
    expect(statesFor('personal-data')).toEqual(['to-hand-over', 'handed-over', 'deleted', 'not-applicable']);
    expect(statesFor('account')).toEqual(['to-hand-over', 'handed-over', 'revoked', 'not-applicable']);
    expect(pl(stateLabel('to-hand-over', 'personal-data'))).toBe('Do zwrotu lub usunięcia');
    expect(pl(stateLabel('to-hand-over', 'domain'))).toBe('Do przekazania');
  });
});
