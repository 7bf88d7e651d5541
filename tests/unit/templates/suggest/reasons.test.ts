import { describe, expect, it } from 'vitest';
import { REASON_CODES, describeReason } from '../../../../templates/reasons';
import { polishPlural } from '../../../../templates/polish';
import type { ReasonCode } from '../../../../templates/reasons';
import { suggest } from '../../../../templates/suggest';
import { stubLibrary } from './helpers';
import { SCENARIOS } from './scenarios';

/** Sample parameters for every code. */
const SAMPLE: Record<ReasonCode, Record<string, string | number> | undefined> = {
  'next-item': { item: 'settlement' },
  'later-item': { item: 'handover' },
  'all-steps-closed': undefined,
  'client-initiated-no-notice': undefined,
  'client-ending': undefined,
  'client-retention': undefined,
  'client-final-invoice': undefined,
  'client-invoice': undefined,
  'client-payment': undefined,
  'client-paid': undefined,
  'client-dispute': undefined,
  'client-complaint': undefined,
  'client-acknowledged': undefined,
  'client-handover': undefined,
  'client-access': undefined,
  'client-data': undefined,
  'client-thanks-after-end': undefined,
  'client-feedback': undefined,
  'client-meeting': undefined,
  'client-agreement': undefined,
  'notice-ended-settlement-open': { days: 3 },
  'notice-ends-handover-open': { days: 5 },
  'payment-overdue': { days: 2, invoice: 'FV/2025/07' },
  'payment-due-today': {},
  'payment-due-soon': { days: 1 },
  'feedback-due': undefined,
  'client-silent': { days: 22 },
  'closed-months-ago': { months: 5 },
  'sent-before-may-repeat': { kind: 'payment-reminder' },
  'follows-sent': { kind: 'handover-plan' },
  'no-process-yet': undefined,
  'client-asks-for-provider': undefined,
  'ending-fit-or-capacity': undefined,
  'contract-dzielo': undefined,
  'dzielo-cooperation-call-sent': undefined,
  'client-withdraws-dzielo': undefined,
  'fixed-term-contract': undefined,
  'contract-type-unknown': undefined,
  'non-renewal-deadline': { days: 12, on: '2026-08-01', safeOn: '2026-07-31', today: '2026-07-20' },
  'breach-remedy-first': undefined,
  'breach-remedy-sent': undefined,
  'written-form-signed-notice': undefined,
  'client-ends-early': undefined,
  'client-refund': undefined,
  'client-rights': undefined,
  'payment-long-overdue': { days: 21, invoice: 'FV/2025/07' },
  'refund-owed': undefined,
  'client-invoice-missing': { quote: 'never reached our accounts team' },
  'client-promises-payment': { quote: 'will go out in Friday payment run' },
  'client-not-yet-paid': { quote: 'not been paid yet' },
  'client-closing-settled': { quote: 'we have everything we need' },
  'thread-shows-done': { item: 'handover', quote: 'all files handed over' },
  'talk-before-notice': undefined,
  'analysis-ready': undefined,
  'talk-awaiting-reply': undefined,
  'call-agreed-mutual': { on: '2026-03-04', end: '2026-04-30' },
  'call-agreed-end-date': { on: '2026-03-04', end: '2026-04-30' },
  'call-kept': undefined,
  'position-open-to-stay': undefined,
  'position-not-open': undefined,
};

describe('describeReason', () => {
  it.each(REASON_CODES.map((code) => [code]))('%s has a Polish and an English sentence', (code) => {
    const params = SAMPLE[code];
    const reason = params === undefined ? { code } : { code, params };
    const pl = describeReason(reason, 'pl');
    const en = describeReason(reason, 'en');
    expect(pl.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(pl).not.toBe(en);
    for (const text of [pl, en]) expect(text).not.toMatch(/undefined|NaN|\{\{|\}\}/);
    expect(en).not.toMatch(/[ąćęłńóśźż]/i);
  });

  it('reads the examples from the brief word for word', () => {
    expect(describeReason({ code: 'notice-ended-settlement-open', params: { days: 3 } }, 'pl')).toBe(
      'Okres wypowiedzenia minął 3 dni temu, a rozliczenie jest otwarte',
    );
    expect(describeReason({ code: 'notice-ended-settlement-open', params: { days: 3 } }, 'en')).toBe(
      'The notice period ended 3 days ago and the settlement is open',
    );
    expect(describeReason({ code: 'client-final-invoice' }, 'pl')).toBe('Klient pisze o fakturze końcowej');
    expect(describeReason({ code: 'client-final-invoice' }, 'en')).toBe('The client wrote about the final invoice');
  });

  it('inflects numbers in Polish and English', () => {
    const silent = (days: number, lang: 'pl' | 'en') => describeReason({ code: 'client-silent', params: { days } }, lang);
    expect(silent(1, 'pl')).toBe('Klient nie odpowiada od 1 dnia');
    expect(silent(2, 'pl')).toBe('Klient nie odpowiada od 2 dni');
    expect(silent(5, 'pl')).toBe('Klient nie odpowiada od 5 dni');
    expect(silent(1, 'en')).toBe('The client has not replied for 1 day');
    expect(silent(3, 'en')).toBe('The client has not replied for 3 days');
    expect(describeReason({ code: 'notice-ended-settlement-open', params: { days: 1 } }, 'pl')).toBe(
      'Okres wypowiedzenia minął 1 dzień temu, a rozliczenie jest otwarte',
    );
    expect(describeReason({ code: 'notice-ended-settlement-open', params: { days: 0 } }, 'en')).toBe(
      'The notice period ends today and the settlement is open',
    );
    const months = (n: number) => describeReason({ code: 'closed-months-ago', params: { months: n } }, 'pl');
    expect(months(1)).toBe('Współpraca zakończyła się 1 miesiąc temu');
    expect(months(3)).toBe('Współpraca zakończyła się 3 miesiące temu');
    expect(months(5)).toBe('Współpraca zakończyła się 5 miesięcy temu');
    expect(months(12)).toBe('Współpraca zakończyła się 12 miesięcy temu');
    expect(months(22)).toBe('Współpraca zakończyła się 22 miesiące temu');
    expect(polishPlural(14, 'a', 'b', 'c')).toBe('c');
    expect(polishPlural(24, 'a', 'b', 'c')).toBe('b');
    expect(describeReason({ code: 'payment-overdue', params: { days: 2 } }, 'en')).toBe('Payment is 2 days overdue');
  });

  it('names checklist steps and kinds in the UI language', () => {
    expect(describeReason({ code: 'next-item', params: { item: 'settlement' } }, 'pl')).toBe('Następny otwarty krok: rozliczenie finansowe');
    expect(describeReason({ code: 'sent-before-may-repeat', params: { kind: 'payment-reminder' } }, 'en')).toBe(
      'Sent before (payment reminder); this message may be repeated',
    );
  });

  it('rejects unknown codes, languages and bad parameters', () => {
    expect(() => describeReason({ code: 'made-up' }, 'pl')).toThrow(/unknown reason code/);
    expect(() => describeReason({ code: 'client-ending' }, 'de' as 'pl')).toThrow(/UI language/);
    expect(() => describeReason({ code: 'client-silent' }, 'pl')).toThrow(/days/);
    expect(() => describeReason({ code: 'client-silent', params: { days: -1 } }, 'en')).toThrow(/days/);
    expect(() => describeReason({ code: 'next-item', params: { item: 'coffee' } }, 'en')).toThrow(/checklist key/);
    expect(() => describeReason({ code: 'follows-sent', params: { kind: 'poem' } }, 'en')).toThrow(/template kind/);
  });

  it('can describe every reason the scenarios produce', () => {
    const seen = new Set<string>();
    for (const scenario of SCENARIOS) {
      for (const s of suggest({ ...scenario, templates: stubLibrary() })) {
        for (const r of s.reasons) {
          seen.add(r.code);
          expect(() => describeReason(r, 'pl')).not.toThrow();
          expect(() => describeReason(r, 'en')).not.toThrow();
        }
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });
});

describe('describeReason: the words a reason rests on', () => {
  it('quotes them after a dash, on one line, in Polish and English quotation marks', () => {
    expect(describeReason({ code: 'client-paid', params: { quote: 'Faktura\nopłacona' } }, 'pl')).toBe('Klient informuje, że zapłacił – „Faktura opłacona”');
    expect(describeReason({ code: 'client-paid', params: { quote: 'Paid in full' } }, 'en')).toBe('The client says the payment was made — “Paid in full”');
  });

  it('bounds a long quote, drops an empty one and refuses a quote that is not text', () => {
    const long = describeReason({ code: 'client-data', params: { quote: 'x'.repeat(200) } }, 'en');
    expect(long.endsWith('…”')).toBe(true);
    expect(long.length).toBeLessThan(140);
    expect(describeReason({ code: 'client-data', params: { quote: '  ' } }, 'en')).toBe('The client asked about personal data');
    expect(() => describeReason({ code: 'client-data', params: { quote: 42 } }, 'en')).toThrow(/quote/);
  });
});

describe('the reasons of issue 18 (the call before the notice)', () => {
  it('name the call and the agreed end in the UI language, and refuse a date that is not one', () => {
    const reason = { code: 'call-agreed-mutual' as const, params: { on: '2026-03-04', end: '2026-04-30' } };
    expect(describeReason(reason, 'en')).toMatch(/^In the call on 4 Mar 2026 .* mutual agreement, ending on 30 Apr 2026$/);
    expect(describeReason(reason, 'pl')).toMatch(/^Podczas rozmowy \(4 mar 2026\) .* porozumieniem stron z upływem dnia 30 kwi 2026$/);
    expect(describeReason({ code: 'call-agreed-mutual', params: { on: '2026-03-04' } }, 'en')).not.toMatch(/ending on/);
    expect(() => describeReason({ code: 'call-agreed-end-date', params: { on: 'yesterday', end: '2026-04-30' } }, 'en')).toThrow(/must be a date/);
  });
});
