/** Issue 12 (unknown12): the client form's form of notice has a "not recorded" choice, and saving keeps it unrecorded. */
import { describe, expect, it } from 'vitest';
import { changesFromForm, formFromRecord } from '../../../components/sidebar/client-form';
import { sidebarMessages } from '../../../components/sidebar/messages';
import { preparationMessages } from '../../../components/sidebar/preparation-messages';
import type { Client } from '../../../offboarding/types';

const client: Client = {
  id: 'c1', name: 'Tomasz Wiśniewski', emails: ['t@wisniewski.pl'], domains: [], language: 'pl',
  recipient: { form: 'panstwo', warm: false },
  contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false },
  notes: '', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('the form of notice in the client form', () => {
  it('a record without it shows "not recorded", and saving the form untouched records nothing', () => {
    const form = formFromRecord(client, null);
    expect(form.requiredForm).toBe('');
    const result = changesFromForm(form, client);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.client.contract).not.toHaveProperty('requiredForm');
  });

  it('a chosen form is saved, read back, and can be taken back to "not recorded"', () => {
    const chosen = changesFromForm({ ...formFromRecord(client, null), requiredForm: 'written' }, client);
    expect(chosen.ok && chosen.client.contract?.requiredForm).toBe('written');
    if (!chosen.ok) return;
    const saved = { ...client, contract: chosen.client.contract! };
    expect(formFromRecord(saved, null).requiredForm).toBe('written');
    const back = changesFromForm({ ...formFromRecord(saved, null), requiredForm: '' }, saved);
    expect(back.ok && back.client.contract).toEqual(client.contract);
  });

  it('says "not recorded" in both languages', () => {
    for (const lang of ['pl', 'en'] as const) {
      expect(sidebarMessages.formNotEntered[lang].trim()).not.toBe('');
      expect(preparationMessages.analysisContractFormUnknown[lang].trim()).not.toBe('');
    }
  });
});
