import { describe, expect, it } from 'vitest';
import { openTestStore, testClock } from './helpers';
import { Store } from '../../../storage/repo';
import { openTestDb } from './helpers';
import { requestSchemas } from '../../../storage/schemas';
import type { OffboardingPatch } from '../../../offboarding/patch';
import { CHECKLIST_KEYS, type EndReason, type Initiator } from '../../../offboarding/types';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A seeded store: five endings started by the store's clock on known days, closed on known days,
 * with money, feedback, testimonials, referrals and retrospectives. Every number below is
 * worked out by hand from this seed.
 */
async function seeded() {
  const clock = testClock('2026-01-05T09:00:00.000Z');
  const { store, db } = openTestStore(clock);
  const start = async (name: string, initiator: Initiator, reason: EndReason) =>
    (await store.offboardingStart({ name, email: `${name.toLowerCase()}@${name.toLowerCase()}.pl`, language: 'pl', initiator, reason })).offboarding!;
  const patch = (id: string, p: OffboardingPatch) => store.offboardingPatch({ id, patch: p });
  /** Every step up to the closing message is closed `days` after the start: the ending reaches follow-up. */
  const closeAfter = async (id: string, days: number) => {
    clock.advance(days * DAY);
    for (const key of CHECKLIST_KEYS.slice(0, CHECKLIST_KEYS.indexOf('closing-message') + 1)) {
      await patch(id, { op: 'checklist', key, done: key !== 'personal-data', skipped: key === 'personal-data' ? true : undefined });
    }
    clock.advance(-days * DAY);
  };

  // January: A (we, non-payment, 30 days), B (client, client-decision, 10 days).
  const a = await start('Alfa', 'we', 'non-payment');
  await patch(a.id, { op: 'settlement-add', item: { direction: 'receivable', description: 'FV 1', amountMinor: 100_000, currency: 'PLN', paid: true } });
  await patch(a.id, { op: 'settlement-add', item: { direction: 'receivable', description: 'FV 2', amountMinor: 50_000, currency: 'PLN', paid: false } });
  await patch(a.id, { op: 'settlement-add', item: { direction: 'receivable', description: 'FV 3', amountMinor: 20_000, currency: 'PLN', paid: false, writtenOff: true } });
  await patch(a.id, { op: 'feedback-add', feedback: { receivedOn: '2026-02-01', score: 3, quote: 'Słabo, 3/10.' } });
  await patch(a.id, { op: 'retrospective', retrospective: { wentWell: 'Szybkie przekazanie', toImprove: 'Wcześniej wystawiać faktury zaliczkowe.', warningSigns: 'Opóźnienia w płatnościach', workAgain: 'no' } });
  await closeAfter(a.id, 30);
  const b = await start('Beta', 'client', 'client-decision');
  await patch(b.id, { op: 'settlement-add', item: { direction: 'liability', description: 'Zwrot zaliczki', amountMinor: 5_000, currency: 'EUR', paid: false } });
  await patch(b.id, { op: 'feedback-add', feedback: { receivedOn: '2026-01-10', score: 6, quote: '6/10' } });
  await patch(b.id, { op: 'feedback-add', feedback: { receivedOn: '2026-01-20', score: 9, quote: 'Po namyśle 9/10', source: { provider: 'gmail', threadId: 'tb', messageId: 'mb' } } });
  await patch(b.id, { op: 'testimonial-add', testimonial: { text: 'Rzetelna firma.', credit: 'Jan Beta', consent: 'yes', placements: ['website'], givenOn: '2026-01-20' } });
  await patch(b.id, { op: 'retrospective', retrospective: { wentWell: '', toImprove: 'Faktury zaliczkowe od początku, jasny zakres.', warningSigns: '', workAgain: 'yes' } });
  await closeAfter(b.id, 10);

  // March: C (mutual, fit, 20 days, a referral), D (we, capacity, still running).
  clock.advance(60 * DAY); // 2026-03-06
  const c = await start('Gamma', 'mutual', 'fit');
  await patch(c.id, { op: 'feedback-add', feedback: { receivedOn: '2026-03-20', score: 10, quote: 'I would rate you 10 out of 10' } });
  await patch(c.id, { op: 'feedback-add', feedback: { receivedOn: '2026-03-21', quote: 'Thank you!' } });
  await patch(c.id, { op: 'referral-add', referral: { who: 'Delta Ltd', on: '2026-03-21', outcome: 'pending' } });
  await patch(c.id, { op: 'testimonial-add', testimonial: { text: 'Private praise.', consent: 'no', placements: [], givenOn: '2026-03-21' } });
  await patch(c.id, { op: 'testimonial-add', testimonial: { text: 'Great partner.', consent: 'anonymous', placements: ['website', 'proposals'], givenOn: '2026-03-22' } });
  await closeAfter(c.id, 20);
  const d = await start('Delta', 'we', 'capacity');
  await patch(d.id, { op: 'settlement-add', item: { direction: 'receivable', description: 'FV 9', amountMinor: 7_500, currency: 'PLN', paid: false } });
  return { store, db, clock };
}

describe('insights over a seeded store (insights.compute)', () => {
  it('counts endings by reason, initiator and month, durations, money, scores and shares', async () => {
    const { store } = await seeded();
    const report = await store.insightsCompute({});
    expect(report.total).toBe(4);
    expect(report.ended).toBe(3);
    expect(report.byStage).toEqual({ 'follow-up': 3, preparation: 1 });
    expect(report.byReason).toMatchObject({ 'non-payment': 1, 'client-decision': 1, fit: 1, capacity: 1, breach: 0 });
    expect(report.byInitiator).toEqual({ we: 2, client: 1, mutual: 1 });
    expect(report.months.map((m) => [m.month, m.total])).toEqual([['2026-01', 2], ['2026-02', 0], ['2026-03', 2]]);
    expect(report.months[0]?.byInitiator).toEqual({ we: 1, client: 1, mutual: 0 });
    expect(report.duration).toEqual({ count: 3, missing: 0, medianDays: 20, q1Days: 10, q3Days: 30, minDays: 10, maxDays: 30 });
    expect(report.money).toEqual([
      { currency: 'EUR', direction: 'liability', settledMinor: 0, openMinor: 5_000, writtenOffMinor: 0 },
      { currency: 'PLN', direction: 'receivable', settledMinor: 100_000, openMinor: 57_500, writtenOffMinor: 20_000 },
    ]);
    // Latest score per ending: A 3 (detractor), B 9 (its later answer), C 10; C's unscored thanks counted apart.
    expect(report.feedback).toMatchObject({ scored: 3, unscored: 1, promoters: 2, passives: 0, detractors: 1, nps: 33 });
    expect(report.feedback.distribution[3]).toBe(1);
    expect(report.feedback.distribution[6]).toBe(0);
    expect(report.endingsWithTestimonial).toBe(2);
    expect(report.endingsWithReferral).toBe(1);
    expect(report.retrospectives).toBe(2);
    expect(report.themes).toEqual([{ phrase: 'faktury zaliczkowe', count: 2 }]);
  });

  it('filters by the period in which the offboarding started', async () => {
    const { store } = await seeded();
    const march = await store.insightsCompute({ from: '2026-03-01', to: '2026-03-31' });
    expect(march.total).toBe(2);
    expect(march.ended).toBe(1);
    expect(march.duration.medianDays).toBe(20);
    expect(march.feedback).toMatchObject({ scored: 1, promoters: 1, nps: 100 });
    expect(march.money).toEqual([{ currency: 'PLN', direction: 'receivable', settledMinor: 0, openMinor: 7_500, writtenOffMinor: 0 }]);
    const none = await store.insightsCompute({ to: '2025-12-31' });
    expect(none).toMatchObject({ total: 0, ended: 0, months: [], feedback: { nps: null }, duration: { medianDays: null } });
  });

  it('recomputes after a change (the cached read follows every write)', async () => {
    const { store } = await seeded();
    expect((await store.insightsCompute({})).endingsWithReferral).toBe(1);
    const row = (await store.overviewList({ today: '2026-04-01' })).find((r) => r.name === 'Alfa');
    await store.offboardingPatch({ id: row!.offboardingId, patch: { op: 'referral-add', referral: { who: 'Omega', on: '2026-04-01', outcome: 'won' } } });
    expect((await store.insightsCompute({})).endingsWithReferral).toBe(2);
  });

  it('exports for a website only what the client allowed: with the credit, or anonymously', async () => {
    const { store } = await seeded();
    expect(await store.insightsTestimonials()).toEqual([
      { text: 'Great partner.', credit: null, anonymous: true, placements: ['website', 'proposals'], givenOn: '2026-03-22', language: 'pl' },
      { text: 'Rzetelna firma.', credit: 'Jan Beta', anonymous: false, placements: ['website'], givenOn: '2026-01-20', language: 'pl' },
    ]);
  });

  it('keeps feedback, testimonials, referrals, retrospectives and write-offs through export and import', async () => {
    const { store } = await seeded();
    const json = await store.dataExport();
    const before = await store.insightsCompute({});
    const other = new Store(openTestDb(), { now: testClock().now });
    await other.dataImport({ json });
    expect(await other.insightsCompute({})).toEqual(before);
    const [original, copy] = await Promise.all([store.db.offboardings.toArray(), other.db.offboardings.toArray()]);
    const byId = (rows: typeof original) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(copy)).toEqual(byId(original));
    expect(copy.some((ob) => ob.retrospective && ob.feedback && ob.testimonials)).toBe(true);
  });
});

describe('the store boundary refuses bad captures with a clear message', () => {
  const parsePatch = (patch: unknown) => requestSchemas['offboarding.patch'].safeParse({ id: 'o1', patch });
  it.each([
    [{ op: 'feedback-add', feedback: { receivedOn: '2026-03-02', score: 11, quote: 'x' } }, /0 to 10|<=10|10/],
    [{ op: 'feedback-add', feedback: { receivedOn: '2026-03-02', quote: '' } }, /client's words/],
    [{ op: 'feedback-add', feedback: { receivedOn: '2026-03-02', quote: 'x'.repeat(5_001) } }, /5000|too big|at most/i],
    [{ op: 'testimonial-add', testimonial: { text: 'Ok', consent: 'yes', placements: [], givenOn: '2026-03-02' } }, /credited/],
    [{ op: 'referral-add', referral: { who: ' ', on: '2026-03-02', outcome: 'won' } }, /non-empty/],
    [{ op: 'testimonial-add', testimonial: { text: 'Ok', consent: 'maybe', placements: [], givenOn: '2026-03-02' } }, /.+/],
  ])('refuses %j', (patch, message) => {
    const result = parsePatch(patch);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  it('refuses a period that ends before it starts', () => {
    expect(requestSchemas['insights.compute'].safeParse({ from: '2026-03-01', to: '2026-02-01' }).success).toBe(false);
    expect(requestSchemas['insights.compute'].safeParse({ from: '2026-02-30' }).success).toBe(false);
  });
});
