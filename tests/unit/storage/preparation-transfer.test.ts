import { describe, expect, it } from 'vitest';
import { offboardingSchema } from '../../../storage/schemas';
import { requestSchemas } from '../../../storage/schemas';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

describe('the analysis, the position and the outcome in the store and in backups (issue 18)', () => {
  it('survive export → import → export unchanged', async () => {
    const source = setup();
    const started = await source.store.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'other' });
    const id = started.offboarding!.id;
    await source.store.offboardingPatch({
      id,
      patch: {
        op: 'analysis-set',
        analysis: {
          facts: [{ text: 'Płatności spóźnione o „30 dni” 🙂', on: '2025-02-10', message: { threadId: 'AAQkAGI2', messageId: 'msg-7' } }],
          attempts: [{ text: 'Rozmowa telefoniczna', on: '2025-02-20', result: 'Bez zmian' }],
          decision: 'Kończę współpracę z końcem kwietnia',
        },
      },
    });
    await source.store.offboardingPatch({
      id,
      patch: { op: 'position-set', position: { openToStay: true, conditions: { price: 'stawka +15%' }, latestEndOn: '2025-04-30', notAccepted: 'pracy bez umowy' } },
    });
    await source.store.offboardingPatch({
      id,
      patch: { op: 'outcome-set', outcome: { on: '2025-03-10', participants: 'Jan Kowalski', agreed: 'mutual', endOn: '2025-04-30', nextStep: 'Wysłać porozumienie' } },
    });
    const exported = await source.store.dataExport();
    const target = setup();
    await target.store.dataImport({ json: exported });
    expect(await target.store.dataExport()).toBe(exported);
    const record = await target.store.clientsGet({ id: started.client.id });
    expect(record?.offboarding?.analysis?.facts[0]?.message).toEqual({ threadId: 'AAQkAGI2', messageId: 'msg-7' });
    expect(record?.offboarding?.position?.latestEndOn).toBe('2025-04-30');
    expect(record?.offboarding?.outcome?.agreed).toBe('mutual');
    expect(record?.offboarding?.initiator).toBe('mutual');
  });

  it('an offboarding of an earlier backup (without the fields) is still valid', async () => {
    const { store } = setup();
    const started = await store.offboardingStart({ name: 'John', email: 'john@acme.com', language: 'en', initiator: 'we', reason: 'fit' });
    const row = started.offboarding!;
    expect(row.analysis).toBeUndefined();
    expect(offboardingSchema.safeParse(row).success).toBe(true);
  });

  it('refuses texts over the size limit and a malformed outcome at the store boundary', () => {
    const patchSchema = requestSchemas['offboarding.patch'];
    const long = 'x'.repeat(2_001);
    expect(patchSchema.safeParse({ id: 'o1', patch: { op: 'analysis-set', analysis: { facts: [{ text: long }], attempts: [] } } }).success).toBe(false);
    expect(patchSchema.safeParse({ id: 'o1', patch: { op: 'outcome-set', outcome: { on: '2025-02-30', agreed: 'mutual' } } }).success).toBe(false);
    expect(patchSchema.safeParse({ id: 'o1', patch: { op: 'outcome-set', outcome: { on: '2025-02-10', agreed: 'won' } } }).success).toBe(false);
    expect(patchSchema.safeParse({ id: 'o1', patch: { op: 'position-set', position: null } }).success).toBe(true);
  });
});
