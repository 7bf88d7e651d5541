/** Issue 12 (type12): the client form's contract type has a "not recorded" choice, and saving keeps it unrecorded. */
import { describe, expect, it } from 'vitest';
import { changesFromForm, formFromRecord } from '../../../components/sidebar/client-form';
import { sidebarMessages } from '../../../components/sidebar/messages';
import { preparationMessages } from '../../../components/sidebar/preparation-messages';
import type { Client } from '../../../offboarding/types';

const client: Client = {
  id: 'c1', name: 'Katarzyna Zielińska', emails: ['k@zielinska.pl'], domains: [], language: 'pl',
  recipient: { form: 'panstwo', warm: false },
  contract: { noticePeriod: { months: 1 }, endOfMonth: false },
  notes: '', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('the contract type in the client form', () => {
  it('a record without it shows "not recorded", and saving the form untouched records none', () => {
    const form = formFromRecord(client, null);
    expect(form.contractType).toBe('');
    const result = changesFromForm(form, client);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.client.contract).not.toHaveProperty('type');
  });

  it('a chosen type is saved, read back, and can be taken back to "not recorded"', () => {
    const chosen = changesFromForm({ ...formFromRecord(client, null), contractType: 'dzielo' }, client);
    expect(chosen.ok && chosen.client.contract?.type).toBe('dzielo');
    if (!chosen.ok) return;
    const saved = { ...client, contract: chosen.client.contract! };
    expect(formFromRecord(saved, null).contractType).toBe('dzielo');
    const back = changesFromForm({ ...formFromRecord(saved, null), contractType: '' }, saved);
    expect(back.ok && back.client.contract).toEqual(client.contract);
  });

  it('says "not recorded" in both languages', () => {
    for (const lang of ['pl', 'en'] as const) {
      expect(sidebarMessages.contractTypeNotEntered[lang].trim()).not.toBe('');
      expect(preparationMessages.analysisContractTypeUnknown[lang].trim()).not.toBe('');
    }
  });
});
