import { emptyChecklist } from '../../../offboarding/checklist';
import type { Client, Offboarding } from '../../../offboarding/types';

export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 'c1',
    name: 'Anna Nowak',
    company: 'Nowak Design',
    emails: ['anna@nowak.pl'],
    domains: ['nowak.pl'],
    language: 'pl',
    recipient: { form: 'pani', firstName: 'Anna', lastName: 'Nowak', warm: false },
    contract: { type: 'service', noticePeriod: { days: 30 }, endOfMonth: false, requiredForm: 'documentary' },
    notes: '',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeOffboarding(overrides: Partial<Offboarding> = {}): Offboarding {
  return {
    id: 'o1',
    clientId: 'c1',
    initiator: 'we',
    reason: 'fit',
    startedOn: '2026-02-20',
    checklist: emptyChecklist(),
    settlement: [],
    createdAt: '2026-02-20T10:00:00.000Z',
    updatedAt: '2026-02-20T10:00:00.000Z',
    ...overrides,
  };
}
