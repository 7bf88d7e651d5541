import { describe, expect, it } from 'vitest';
import { changesFromForm, formFromRecord } from '../../../components/sidebar/client-form';
import type { Client } from '../../../offboarding/types';

const client: Client = {
  id: 'c1', name: 'Jan Kowalski', company: 'Firma sp. z o.o.', emails: ['jan@firma.pl'], domains: ['firma.pl'], language: 'pl',
  recipient: { form: 'pan', firstName: 'Jan', warm: false },
  contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary' },
  notes: '', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('the fixed term in the client form', () => {
  it('is empty for an indefinite contract and saves nothing for it', () => {
    const form = formFromRecord(client, null);
    expect([form.fixedTermEndsOn, form.nonRenewalNoticeDays]).toEqual(['', '']);
    const result = changesFromForm(form, client);
    expect(result.ok && result.client.contract).toEqual(client.contract);
  });

  it('saves the end of term and the auto-renewal days, and reads them back', () => {
    const result = changesFromForm({ ...formFromRecord(client, null), fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: '30', renewalClause: ' § 3 ust. 2 ' }, client);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The renewal clause travels with them (review6-en A6: the non-renewal notice names it).
    expect(result.client.contract).toMatchObject({ fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30, renewalClause: '§ 3 ust. 2' });
    const saved = { ...client, contract: result.client.contract! };
    expect(formFromRecord(saved, null)).toMatchObject({ fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: '30', renewalClause: '§ 3 ust. 2' });
    // Clearing them removes them.
    const cleared = changesFromForm({ ...formFromRecord(saved, null), fixedTermEndsOn: '', nonRenewalNoticeDays: '', renewalClause: '' }, saved);
    expect(cleared.ok && cleared.client.contract).toEqual(client.contract);
  });

  it('refuses auto-renewal days without an end of term, and a non-number', () => {
    const base = formFromRecord(client, null);
    expect(changesFromForm({ ...base, nonRenewalNoticeDays: '30' }, client)).toEqual({ ok: false, errors: { fixedTermEndsOn: { key: 'fixedTermEndRequired' } } });
    expect(changesFromForm({ ...base, fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 'trzydzieści' }, client)).toEqual({ ok: false, errors: { nonRenewalNoticeDays: { key: 'invalidNumber' } } });
  });
});
