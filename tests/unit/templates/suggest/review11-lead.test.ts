/**
 * Review 11 (English reading) C7, C8: the sidebar's deadline reasons count as the messages do —
 * art. 115 k.c. moves a due date off a holiday only under Polish law — and give dates, not only counts.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../templates/suggest';
import { templateNotOfferedFor } from '../../../../templates/contract-types';
import type { SuggestInput } from '../../../../templates/suggest';
import { describeReason } from '../../../../templates/reasons';
import type { NoticePeriod } from '../../../../offboarding/types';
import { conversation, fromMe, makeClient, makeOffboarding, stubLibrary, stubTemplate } from './helpers';

// Saturday 10 January 2026: under Polish law the last day for payment is Monday 12 January.
const dueOnSaturday = (lang: 'pl' | 'en', governingLaw?: 'pl' | 'england-wales'): SuggestInput => {
  const client = makeClient({ lang });
  return {
    context: conversation(fromMe('2026-01-05', lang === 'pl' ? 'Przesyłam fakturę nr INV-27.' : 'Please find attached invoice INV-27.')),
    client: governingLaw ? { ...client, contract: { ...client.contract, governingLaw } } : client,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-12-01' },
      settlement: [{ amountMinor: 369000, invoiceNo: 'INV-27', dueOn: '2026-01-10' }],
    }),
    templates: [...stubLibrary().filter((t) => t.kind !== 'payment-reminder'), stubTemplate('payment-reminder', lang, 'formal', 'after')],
    today: '2026-01-30',
    sentKinds: ['termination-notice', 'settlement'],
  };
};

function overdueDays(input: SuggestInput): unknown {
  const reminder = suggest(input).find((s) => s.kind === 'payment-reminder');
  return reminder?.reasons.find((r) => r.code === 'payment-overdue')?.params?.days;
}

describe('review11-en C7: days overdue follow the contract\'s law', () => {
  it('counts from the due date itself under English law, from the next working day under Polish law', () => {
    expect(overdueDays(dueOnSaturday('en', 'england-wales'))).toBe(20);
    expect(overdueDays(dueOnSaturday('en'))).toBe(20);
    expect(overdueDays(dueOnSaturday('pl'))).toBe(18);
    expect(overdueDays(dueOnSaturday('en', 'pl'))).toBe(18);
  });
});

describe('review11-en C8: the non-renewal deadline is told by its dates', () => {
  it('names the last day and the safe working day before it', () => {
    const reason = { code: 'non-renewal-deadline' as const, params: { days: 12, on: '2026-08-01', safeOn: '2026-07-31', today: '2026-07-20' } };
    expect(describeReason(reason, 'en')).toBe(
      'The non-renewal notice must reach the client by 1 Aug 2026 (in 12 days), or the agreement renews; that day is not a working day, so make sure it arrives by 31 Jul 2026',
    );
    expect(describeReason(reason, 'pl')).toMatch(/najpóźniej 1 sie 2026 \(za 12 dni\), inaczej umowa się przedłuży; ten dzień jest wolny od pracy, więc bezpieczniej, by dotarła do 31 lip 2026$/);
    expect(describeReason({ code: 'non-renewal-deadline', params: { days: 1, on: '2026-08-01', safeOn: '2026-07-31', today: '2026-07-31' } }, 'en')).toMatch(/make sure it arrives today$/);
  });
});

describe('review11-en B1: the sidebar says a contract ended only when the day is known', () => {
  const ended = (notice: Parameters<typeof makeOffboarding>[0]['notice'], noticePeriod: NoticePeriod = { months: 1 }): SuggestInput => ({
    context: conversation(fromMe('2026-12-01', 'Please find attached the handover list.')),
    client: makeClient({ lang: 'en', noticePeriod }),
    offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'personal-data', notice }),
    templates: stubLibrary(),
    today: '2026-12-15',
    sentKinds: ['termination-notice'],
  });
  const settlementReason = (input: SuggestInput) =>
    suggest(input)
      .find((s) => s.kind === 'settlement')
      ?.reasons.find((r) => r.code === 'notice-ended-settlement-open');

  it('a letter known only by its posting day ended nothing yet', () => {
    expect(settlementReason(ended({ servedOn: '2026-12-10', channel: 'letter' }, {}))).toBeUndefined();
  });

  it('no notice period: "the contract ended", not "the notice period ended"', () => {
    const reason = settlementReason(ended({ servedOn: '2026-12-10', channel: 'letter', deliveredOn: '2026-12-11' }, {}));
    expect(reason).toEqual({ code: 'notice-ended-settlement-open', params: { days: 4, periodless: 1 } });
    expect(describeReason(reason!, 'en')).toBe('The contract ended 4 days ago and the settlement is open');
    expect(describeReason(reason!, 'pl')).toBe('Umowa zakończyła się 4 dni temu, a rozliczenie jest otwarte');
  });

  it('an expected delivery is said as the condition the end hangs on', () => {
    const reason = settlementReason(ended({ servedOn: '2026-11-05', channel: 'letter', expectedDeliveryOn: '2026-11-09' }));
    expect(reason).toEqual({ code: 'notice-ended-settlement-open', params: { days: 6, expected: 1 } });
    expect(describeReason(reason!, 'en')).toBe('If the notice was delivered on the expected day, the notice period ended 6 days ago and the settlement is open');
  });
});

describe('review11-en B5, B6: no thanks and no favour asked while money owed is overdue', () => {
  const overdue = makeOffboarding({ initiator: 'we', doneThrough: 'personal-data', settlement: [{ amountMinor: 369000, invoiceNo: 'INV-27', dueOn: '2026-01-10' }] });
  it.each(['closing-thanks', 'feedback-request', 'testimonial-request', 'referral-request'] as const)('%s', (kind) => {
    const client = makeClient({ lang: 'en' });
    expect(templateNotOfferedFor({ kind, lang: 'en' }, client, { today: '2026-01-30', offboarding: overdue })).toBe('money-overdue');
    // Not yet due, or the client says it is paid: offered.
    expect(templateNotOfferedFor({ kind, lang: 'en' }, client, { today: '2026-01-09', offboarding: overdue })).toBeUndefined();
    expect(templateNotOfferedFor({ kind, lang: 'en' }, client, { today: '2026-01-30', offboarding: overdue, clientSaysPaid: true })).toBeUndefined();
  });
});
