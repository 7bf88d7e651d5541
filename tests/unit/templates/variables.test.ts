import { describe, expect, it } from 'vitest';
import { buildVariables, KNOWN_VARIABLES, USER_TYPED_VARIABLES } from '../../../templates/variables';
import type { TemplateValue, TemplateVariables } from '../../../templates/types';
import { bareClient, conversation, englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

/** Every leaf path, with list items written as list[].field. */
function leafPaths(value: TemplateValue, prefix = ''): string[] {
  if (Array.isArray(value)) {
    const paths = new Set<string>(prefix ? [prefix] : []);
    for (const item of value) for (const path of leafPaths(item, `${prefix}[]`)) if (path !== `${prefix}[]`) paths.add(path);
    return [...paths];
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return value === undefined ? [] : [prefix];
}

const full = (): TemplateVariables =>
  buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, context: conversation, today: TODAY, lang: 'pl' });

describe('buildVariables', () => {
  it('produces exactly the known variables for a complete client', () => {
    const produced = new Set(leafPaths(full()));
    const known = new Set<string>(KNOWN_VARIABLES);
    expect([...produced].filter((path) => !known.has(path))).toEqual([]);
    // Optional facts the fixture leaves out on purpose.
    const optional = new Set<string>([
      'recipient.title', 'sender.phone', 'notice.acknowledgedOn', 'recommendation.name', 'recommendation.contact',
      // The fixture's fixed-term contract has no auto-renewal clause.
      'contract.nonRenewalDeadline',
      // Only the user can give these, for the message at hand.
      ...USER_TYPED_VARIABLES,
    ]);
    expect(KNOWN_VARIABLES.filter((path) => !produced.has(path) && !optional.has(path))).toEqual([]);
  });

  it('computes the salutation, the contract in its cases and the period in words', () => {
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    expect(vars.salutation).toBe('Szanowna Pani,');
    expect(vars.contract).toMatchObject({
      name: 'umowa o świadczenie usług marketingowych',
      nameAccusative: 'umowę o świadczenie usług marketingowych',
      nameGenitive: 'umowy o świadczenie usług marketingowych',
      signedOn: '12 marca 2024 r.',
      clause: '§ 7 ust. 2',
      noticePeriod: '1 miesiąc',
      requiresWrittenForm: false,
    });
  });

  it('ends a notice served on 31 January with one month on 28 February (art. 112)', () => {
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    expect(vars.notice).toMatchObject({
      served: true,
      servedOn: '31 stycznia 2026 r.',
      endDate: '28 lutego 2026 r.',
      endDateIso: '2026-02-28',
      periodEndDate: '28 lutego 2026 r.',
      monthEndDate: '28 lutego 2026 r.',
      endsOnNonWorkingDay: true, // a Saturday
    });
    const en = buildVariables({ client: englishClient, offboarding: offboardingFor(englishClient), settings: settingsEn, today: TODAY, lang: 'en' }) as Record<string, Record<string, TemplateValue>>;
    expect(en.notice?.endDate).toBe('28 February 2026');
    expect(en.salutation).toBe('Dear Mr Smith,');
  });

  it('serves the notice today when it has not been served yet, and follows the end-of-month rule', () => {
    const client = { ...polishClient, contract: { ...polishClient.contract, endOfMonth: true } };
    const vars = buildVariables({ client, offboarding: offboardingFor(client, { notice: undefined }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.notice).toMatchObject({ served: false, servedOnIso: TODAY, periodEndDate: '10 marca 2026 r.', endDate: '31 marca 2026 r.' });
  });

  it('takes the payment deadline from the earliest unpaid receivable', () => {
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    expect(vars.payment).toMatchObject({ dueDateIso: '2026-02-24', daysLeft: 14, daysOverdue: 0, invoiceNos: 'FV/2/2026, FV/3/2026' });
    expect(vars.payment?.outstanding).toMatch(/^2\s?500,50\s?zł oraz 100,00\s?€$/);
  });

  it('gives 14 days moved to a working day when no receivable has a due date', () => {
    // 2026-03-21 + 14 days = 2026-04-04, a Saturday; Easter Monday is 6 April → 7 April.
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { settlement: [] }), settings: settingsPl, today: '2026-03-21', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.payment?.dueDateIso).toBe('2026-04-07');
    expect(vars.payment?.hasOutstanding).toBe(false);
  });

  it('counts days overdue', () => {
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: '2026-02-27', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.payment).toMatchObject({ daysOverdue: 3, daysOverdueText: '3 dni', daysLeft: 0 });
  });

  it('adds up the settlement per currency and picks the final invoice', () => {
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    const totals = vars.settlement?.totals as Array<Record<string, TemplateValue>>;
    expect(totals.map((total) => total.currency)).toEqual(['PLN', 'EUR']);
    expect(totals[0]).toMatchObject({ clientOwes: true, weOwe: false, settled: false });
    expect(String(totals[0]?.receivable)).toMatch(/^7\s?500,50\s?zł$/);
    expect(String(totals[0]?.liability)).toMatch(/^300,00\s?zł$/);
    expect(String(totals[0]?.balance)).toMatch(/^7\s?200,50\s?zł$/);
    expect(String(totals[0]?.open)).toMatch(/^2\s?200,50\s?zł$/);
    expect(vars.settlement?.finalInvoice).toMatchObject({ number: 'FV/3/2026', dueDate: '24 lutego 2026 r.' });
    const liabilities = vars.settlement?.liabilities as Array<Record<string, TemplateValue>>;
    expect(liabilities[0]).toMatchObject({ invoiceNo: '—', dueOn: '—', paid: 'nie' });
  });

  it('names the latest sender other than the user', () => {
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    expect(vars.conversation).toEqual({ subject: 'Współpraca w 2026', latestSenderName: 'Anna Kowalska' });
  });

  it('leaves contract facts absent for a client without contract data', () => {
    const vars = buildVariables({ client: bareClient, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.contract).toMatchObject({ nameAccusative: 'umowę', signedOn: undefined, clause: undefined, noticePeriod: undefined, hasNoticePeriod: false });
    expect(vars.notice?.endDate).toBeUndefined();
    expect(vars.settlement).toBeUndefined();
  });

  it('applies overrides by path and refuses prototype paths', () => {
    const vars = buildVariables({ client: bareClient, settings: settingsPl, today: TODAY, lang: 'pl', overrides: { 'contract.clause': '§ 9', 'extra.note': 'x' } }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.contract?.clause).toBe('§ 9');
    expect(vars.extra?.note).toBe('x');
    expect(() => buildVariables({ settings: settingsPl, today: TODAY, lang: 'pl', overrides: { '__proto__.x': 'y' } })).toThrow(/not a variable path/);
    expect(() => buildVariables({ settings: settingsPl, today: TODAY, lang: 'pl', overrides: { 'today.x': 'y' } })).toThrow(/not an object/);
  });

  it('rejects a bad date or language', () => {
    expect(() => buildVariables({ settings: settingsPl, today: '2026-13-01', lang: 'pl' })).toThrow(/today/);
    expect(() => buildVariables({ settings: settingsPl, today: TODAY, lang: 'de' as never })).toThrow(/language/);
  });
});
