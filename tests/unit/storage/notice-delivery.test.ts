import { describe, expect, it } from 'vitest';
import { contractSchema, noticeRecordSchema, offboardingPatchSchema } from '../../../storage/schemas';
import { exportDocument, parseExportDocument } from '../../../storage/transfer';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

async function startWithNotice(notice: Record<string, unknown>) {
  const { store, db } = setup();
  const started = await store.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'fit' });
  const id = started.offboarding!.id;
  await store.offboardingPatch({
    id,
    patch: offboardingPatchSchema.parse({ op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'letter', acknowledgementRequested: true, servedBy: 'we', ...notice } }),
  });
  return { store, db, id };
}

describe('the notice record, old and new', () => {
  it('still accepts a record stored before delivery dates existed', () => {
    const old = { servedOn: '2025-03-10', channel: 'letter', acknowledgementRequested: true, servedBy: 'we' };
    expect(noticeRecordSchema.parse(old)).toEqual(old);
    const oldContract = { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'written' };
    expect(contractSchema.parse(oldContract)).toEqual(oldContract);
  });

  it('accepts courier and the delivery dates, and refuses a malformed date', () => {
    const record = { servedOn: '2025-03-10', channel: 'courier', deliveredOn: '2025-03-11', expectedDeliveryOn: '2025-03-12', acknowledgementRequested: true, servedBy: 'we' };
    expect(noticeRecordSchema.parse(record)).toEqual(record);
    expect(noticeRecordSchema.safeParse({ ...record, deliveredOn: '11.03.2025' }).success).toBe(false);
    expect(noticeRecordSchema.safeParse({ ...record, channel: 'pigeon' }).success).toBe(false);
    expect(contractSchema.safeParse({ type: 'service', noticePeriod: {}, endOfMonth: false, requiredForm: 'documentary', nonRenewalNoticeDays: -3 }).success).toBe(false);
  });

  it('an export written before these fields existed still imports (format version 1)', async () => {
    const { store, db } = setup();
    await store.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    const json = await exportDocument(db, '2025-03-10T10:00:00.000Z');
    const doc = JSON.parse(json) as { version: number; offboardings: Array<Record<string, unknown>> };
    // What a version-1 backup held: a notice without any delivery field.
    doc.offboardings[0]!.notice = { servedOn: '2025-03-10', channel: 'qes', acknowledgementRequested: true, servedBy: 'we' };
    expect(doc.version).toBe(1);
    const parsed = parseExportDocument(JSON.stringify(doc));
    expect(parsed.offboardings[0]?.notice).toEqual({ servedOn: '2025-03-10', channel: 'qes', acknowledgementRequested: true, servedBy: 'we' });
  });
});

describe('recording the delivery', () => {
  it('stores the expected day, then the actual one, without touching the rest of the notice', async () => {
    const { store, id } = await startWithNotice({ expectedDeliveryOn: '2025-03-12' });
    const moved = await store.offboardingPatch({ id, patch: { op: 'notice-delivery', expectedDeliveryOn: '2025-03-13' } });
    expect(moved.notice).toMatchObject({ servedOn: '2025-03-10', channel: 'letter', expectedDeliveryOn: '2025-03-13' });
    expect(moved.notice?.deliveredOn).toBeUndefined();
    const delivered = await store.offboardingPatch({ id, patch: { op: 'notice-delivery', deliveredOn: '2025-03-14' } });
    expect(delivered.notice).toMatchObject({ expectedDeliveryOn: '2025-03-13', deliveredOn: '2025-03-14', acknowledgementRequested: true });
  });

  it('refuses a delivery before the notice was sent, and a delivery with no notice', async () => {
    const { store, id } = await startWithNotice({});
    await expect(store.offboardingPatch({ id, patch: { op: 'notice-delivery', deliveredOn: '2025-03-09' } })).rejects.toThrow(/cannot precede the notice \(2025-03-10\)/);
    const other = await store.offboardingStart({ name: 'Jan Kowalski', email: 'jan@firma.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    await expect(store.offboardingPatch({ id: other.offboarding!.id, patch: { op: 'notice-delivery', deliveredOn: '2025-03-11' } })).rejects.toThrow(/No notice has been served/);
  });

  it('refuses a notice whose expected delivery precedes its sending', async () => {
    await expect(startWithNotice({ expectedDeliveryOn: '2025-03-01' })).rejects.toThrow(/before it was sent/);
  });
});
