import { describe, expect, it } from 'vitest';
import { buildVariables, USER_VALUE_PATHS } from '../../../templates/variables';
import { KNOWN_VARIABLES, USER_TYPED_VARIABLES } from '../../../templates/variable-labels';
import type { TemplateValue, TemplateVariables } from '../../../templates/types';
import { settlementItems } from './fixtures';

const settlementWithoutFinal = () => settlementItems.map(({ final: _final, ...item }) => item);
import { bareClient, conversation, englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY, userValues } from './fixtures';

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

/** Checklist steps ticked on a day (for the dates confirmations state). */
const ticked = { doneAt: '2026-02-09T15:00:00.000Z' };

describe('buildVariables', () => {
  it('produces exactly the known variables for a complete client', () => {
    const base = offboardingFor(polishClient);
    const offboarding = {
      ...base,
      notice: { ...base.notice!, servedBy: 'client' as const },
      checklist: { ...base.checklist, handover: ticked, 'assets-access': ticked, 'personal-data': ticked },
    };
    const produced = new Set(leafPaths(buildVariables({ client: polishClient, offboarding, settings: settingsPl, context: conversation, today: '2026-02-27', lang: 'pl' })));
    const known = new Set<string>(KNOWN_VARIABLES);
    expect([...produced].filter((path) => !known.has(path))).toEqual([]);
    // Optional facts the fixture leaves out on purpose.
    const optional = new Set<string>([
      'recipient.title', 'sender.phone', 'notice.acknowledgedOn', 'recommendation.name', 'recommendation.contact',
      // The fixture's fixed-term contract has no auto-renewal clause.
      'contract.nonRenewalDeadline', 'contract.nonRenewalNoticeDays', 'contract.nonRenewalDeadlineDay',
      // Only with no client recorded (tested in notices.test.ts); requiredForm is then a slot, never produced.
      'contract.formUnknown', 'contract.requiredForm',
      // Where the fixture's contract has no renewal clause recorded.
      'contract.renewalClause',
      // Asked for only when the record holds no settlement item at all.
      'settlement.items',
      // Only where art. 115 moves the due date (tested in library.test.ts).
      'payment.dueDateMoved', 'payment.dueDayKind', 'demand.invoices[].lastDay',
      // Only for an unpaid amount with no due date (a demand under art. 455 k.c.).
      'demand.onDemandItems', 'demand.onDemandItems[].description', 'demand.onDemandItems[].invoiceNo', 'demand.onDemandItems[].amount',
      // Read from the record only with exactly one open liability (tested below).
      'refund.correctionNo', 'refund.dueDate',
      // Only when every open invoice falls due on one day still to come (tested in library.test.ts).
      'settlement.payment.by',
      // Only while something is to be refunded to the client (the fixture's client owes, not we).
      'settlement.owedToClient',
      // The position before the call is the user's own (issue 18; tested in preparation-variables.test.ts).
      'position.conditions', 'position.latestEnd',
      // Lists of the handover inventory, absent while it holds nothing for them (inventory-variables.test.ts).
      'handover.plan', 'handover.plan[].label', 'handover.done', 'handover.done[].label', 'handover.doneCount',
      'access.toRevoke', 'access.toRevoke[].label', 'access.revoked', 'access.revoked[].label',
      'handover.plan[].personalData', 'access.toRevoke[].credential',
      // English only: "three months' notice" (review9-en B5); the fixture writes Polish.
      'contract.noticePeriodNotice',
      // Only when several numbered invoices are all past their due dates (review9-pl.test.ts, review10-pl B6).
      'payment.lapsedByInvoice',
      // The payee's account parts (review10-en C11): an IBAN only when its check digits hold (the
      // fixture's NRB fails them), another number only when it is no IBAN, a BIC only when recorded.
      'sender.iban', 'sender.accountNumber', 'sender.bic',
      // A sole trader's name beside the firm; the letter before claim's reply date and paragraphs
      // (English, a company in England and Wales; review11-demand.test.ts).
      'demand.trader', 'demand.replyBy', 'demand.preActionLead', 'demand.preActionBasis', 'demand.preActionReply', 'demand.preActionWarning',
      // The request to accept a proposed part-work fee: only for an unfinished dzieło (unbilled-work.ts).
      'unbilled.feeToAgree',
      // Only the user can give these, for the message at hand.
      ...USER_TYPED_VARIABLES,
      ...USER_VALUE_PATHS,
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
      noticePeriod: 'jeden miesiąc',
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
    expect(vars.payment).toMatchObject({ dueDateIso: '2026-02-24', daysLeft: 14, daysOverdue: 0, invoiceNos: 'FV/2/2026 i FV/3/2026', dueDateMoved: undefined });
    expect(vars.payment?.outstanding).toMatch(/^2\s?500,50\s?zł i 100,00\s?EUR$/);
  });

  it('names, for the due date, only the invoices falling due then, and tells when the open ones differ', () => {
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    // Both open receivables fall due on 24 February: one date, both named.
    expect(vars.payment).toMatchObject({ dueDatesDiffer: false, due: { invoiceNos: 'FV/2/2026 i FV/3/2026', severalInvoices: true } });
    const later = { id: 's5', direction: 'receivable' as const, description: 'Marzec', amountMinor: 70000, currency: 'PLN', paid: false, dueOn: '2026-03-24', invoiceNo: 'FV/5/2026' };
    const two = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { settlement: [...settlementItems, later] }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, Record<string, TemplateValue>>>;
    expect(two.payment?.dueDatesDiffer).toBe(true);
    // The later invoice is not named, nor counted, as due on 24 February.
    expect(two.payment?.due).toMatchObject({ invoiceNos: 'FV/2/2026 i FV/3/2026' });
    expect(String(two.payment?.due?.amount)).not.toMatch(/3\s?200/);
    expect(String(two.payment?.due?.amount)).toMatch(/^2\s?500,50\s?zł i 100,00\s?EUR$/);
    expect(two.payment?.invoiceNos).toBe('FV/2/2026, FV/3/2026 i FV/5/2026');
  });

  it('tells a notice sent or delivered on an earlier day from one sent now', () => {
    const notice = (changes: Record<string, string>) =>
      (buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { notice: { servedOn: '2026-01-31', channel: 'email', acknowledgementRequested: true, servedBy: 'we', ...changes } }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>).notice;
    // Only the sending of an e-mail is recorded: the dates run from it, but delivery is not a fact.
    expect(notice({})).toMatchObject({ sentBefore: true, deliveredBefore: false, deliveryAssumed: true });
    expect(notice({ deliveredOn: '2026-02-01' })).toMatchObject({ sentBefore: true, deliveredBefore: true, deliveryAssumed: false });
    expect(notice({ servedOn: TODAY })).toMatchObject({ sentBefore: false, deliveredBefore: false });
    // Nothing recorded yet: this e-mail is the notice, sent and delivered today.
    const none = (buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { notice: undefined }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>).notice;
    expect(none).toMatchObject({ sentBefore: false, deliveredBefore: false });
  });

  it('under a written-form clause asks for the client\'s signed notice unless one is recorded, and runs no period from an e-mail', () => {
    const written = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' as const } };
    const receipt = (channel: 'email' | 'letter') =>
      (buildVariables({ client: written, offboarding: offboardingFor(written, { notice: { servedOn: '2026-02-03', channel, acknowledgementRequested: true, servedBy: 'client' } }), settings: settingsPl, today: '2026-02-05', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>).receipt;
    expect(receipt('email')).toMatchObject({ signedStatementNeeded: true, noticeReceivedOn: '3 lutego 2026 r.', contractEndsOn: undefined });
    expect(receipt('letter')).toMatchObject({ signedStatementNeeded: false, noticeReceivedOn: '3 lutego 2026 r.' });
    expect(receipt('letter')?.contractEndsOn).toBeDefined();
  });

  it('reads the refund document and day from the one open liability, and leaves them to the user with several', () => {
    const liability = (id: string, invoiceNo: string, dueOn: string) => ({ id, direction: 'liability' as const, description: 'Zwrot przedpłaty', amountMinor: 250000, currency: 'PLN', paid: false, invoiceNo, dueOn });
    const refund = (settlement: ReturnType<typeof liability>[]) =>
      (buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { settlement }), settings: settingsPl, today: '2026-03-10', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>).refund;
    expect(refund([liability('a', 'KOR/2026/002', '2026-03-24')])).toMatchObject({ correctionNo: 'KOR/2026/002', dueDate: '24 marca 2026 r.' });
    expect(refund([liability('a', 'KOR/1', '2026-03-24'), liability('b', 'KOR/2', '2026-03-30')])).toMatchObject({ correctionNo: undefined, dueDate: undefined });
  });

  it('leaves the due date missing when no unpaid receivable has one (never today + n days)', () => {
    const settlement = [{ id: 'x', direction: 'receivable' as const, description: 'Usługi', amountMinor: 100000, currency: 'PLN', paid: false }];
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { settlement }), settings: settingsPl, today: '2026-03-21', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.payment).toMatchObject({ dueDate: undefined, dueDateIso: undefined, hasDueDate: false, daysOverdue: undefined, hasOutstanding: true });
  });

  it('writes a typed due date in words; a typed deadline moves past a holiday (art. 115)', () => {
    // 2026-04-04 is a Saturday, 6 April Easter Monday: a deadline then is 7 April; a due date as typed.
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: '2026-03-21', lang: 'pl', overrides: { 'payment.dueDate': '2026-04-04', 'demand.deadline': '2026-04-04' } }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.payment?.dueDate).toBe('4 kwietnia 2026 r.');
    expect(vars.demand?.deadline).toBe('7 kwietnia 2026 r.');
    expect(() => buildVariables({ settings: settingsPl, today: TODAY, lang: 'pl', overrides: { 'demand.deadline': '2026-02-30' } })).toThrow(/demand\.deadline/);
  });

  it("never presents the client's notice as ours: it feeds receipt.* only", () => {
    const written = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' as const } };
    const base = offboardingFor(written, { initiator: 'client' });
    const offboarding = { ...base, notice: { servedOn: '2026-01-31', channel: 'letter' as const, acknowledgementRequested: false, servedBy: 'client' as const, expectedDeliveryOn: '2026-02-02' } };
    const vars = buildVariables({ client: written, offboarding, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.notice).toMatchObject({ served: false, signedByPost: false, deliveryOn: undefined, endDate: undefined, servedOnIso: TODAY });
    expect(vars.receipt).toMatchObject({ noticeReceivedOn: '31 stycznia 2026 r.' });
  });

  it('never forecasts a delivery already past, and never takes the posting day for the delivery', () => {
    const written = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' as const } };
    const letter = { servedOn: '2026-02-02', channel: 'letter' as const, acknowledgementRequested: false, servedBy: 'we' as const };
    const build = (notice: typeof letter & { expectedDeliveryOn?: string; deliveredOn?: string }, overrides?: Record<string, string>) =>
      buildVariables({ client: written, offboarding: offboardingFor(written, { notice }), settings: settingsPl, today: TODAY, lang: 'pl', overrides }) as Record<string, Record<string, TemplateValue>>;
    // Expected on 5 February, today is 10 February: the actual delivery is asked for, as a past fact.
    expect(build({ ...letter, expectedDeliveryOn: '2026-02-05' }).notice).toMatchObject({ deliveryOn: undefined, deliveryExpected: false, endDate: undefined });
    // Posted, no expected day: the delivery is unknown, still to come.
    expect(build(letter).notice).toMatchObject({ deliveryOn: undefined, deliveryExpected: true, endDate: undefined });
    // Expected in the future: a forecast.
    expect(build({ ...letter, expectedDeliveryOn: '2026-02-12' }).notice).toMatchObject({ deliveryOn: '12 lutego 2026 r.', deliveryExpected: true, endDate: '12 marca 2026 r.' });
    // Recorded: a fact.
    expect(build({ ...letter, deliveredOn: '2026-02-04' }).notice).toMatchObject({ deliveryOn: '4 lutego 2026 r.', deliveryExpected: false });
    // A typed past date is the actual delivery, a typed future one a forecast.
    expect(build({ ...letter, expectedDeliveryOn: '2026-02-05' }, { 'notice.deliveryOn': '2026-02-06' }).notice).toMatchObject({ deliveryOn: '6 lutego 2026 r.', deliveryExpected: false, endDate: '6 marca 2026 r.' });
    expect(build(letter, { 'notice.deliveryOn': '2026-02-16' }).notice).toMatchObject({ deliveryExpected: true });
  });

  it('marks this e-mail as the notice only when no form is required and none was served', () => {
    const fresh = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { notice: undefined }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(fresh.notice).toMatchObject({ deliveredByThisMessage: true, deliveryOn: '10 lutego 2026 r.' });
    const served = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(served.notice).toMatchObject({ deliveredByThisMessage: false, deliveryOn: '31 stycznia 2026 r.' });
  });

  it('leaves the party a missing value when the client is only an address, and tells a business by its legal form', () => {
    const addressOnly = { ...polishClient, name: 'kontakt@zielonyogrod.com.pl', company: undefined };
    const vars = buildVariables({ client: addressOnly, offboarding: offboardingFor(addressOnly), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.parties?.client).toBeUndefined();
    expect(vars.demand?.commercial).toBe(false);
    const named = { ...polishClient, name: 'Drukarnia Orzeł S.A.', company: undefined };
    // No offboarding yet: whether the client trades is still known.
    const early = buildVariables({ client: named, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(early.demand?.commercial).toBe(true);
    expect(early.parties?.client).toBe('Drukarnia Orzeł S.A.');
  });

  it('asks for the overdue invoices instead of an empty list when nothing is overdue', () => {
    const paid = offboardingFor(polishClient, { settlement: [{ id: 'p', direction: 'receivable', description: 'X', amountMinor: 100, currency: 'PLN', paid: true, dueOn: '2026-01-01' }] });
    const vars = buildVariables({ client: polishClient, offboarding: paid, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.demand).toMatchObject({ invoices: undefined, total: undefined, hasInvoices: false, commercial: true });
  });

  it('declines a typed contract title only where the rule is certain, else keeps it quoted in the nominative', () => {
    const names = (title: string) => {
      const client = { ...polishClient, contract: { ...polishClient.contract, title } };
      const vars = buildVariables({ client, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
      return [vars.contract?.name, vars.contract?.nameAccusative, vars.contract?.nameGenitive];
    };
    expect(names('Umowa ramowa o współpracy')).toEqual(['umowa pod nazwą „Umowa ramowa o współpracy”', 'umowę pod nazwą „Umowa ramowa o współpracy”', 'umowy pod nazwą „Umowa ramowa o współpracy”']);
    expect(names('umowa licencyjna')[1]).toBe('umowę pod nazwą „Umowa licencyjna”');
    expect(names('umowa serwisowa nr 4/2025')[2]).toBe('umowy pod nazwą „Umowa serwisowa nr 4/2025”');
    expect(names('Porozumienie o współpracy')[1]).toBe('umowę „Porozumienie o współpracy”');
    expect(names('umowa zlecenia na obsługę księgową')).toEqual(['umowa zlecenia na obsługę księgową', 'umowę zlecenia na obsługę księgową', 'umowy zlecenia na obsługę księgową']);
    expect(names('Umowa o dzieło nr 3/2025')[1]).toBe('umowę o dzieło nr 3/2025');
    expect(names('umowa współpracy')[2]).toBe('umowy współpracy');
    for (const title of ['Umowa ramowa o współpracy', 'umowa licencyjna', 'umowa serwisowa']) {
      expect(names(title).join(' '), title).not.toMatch(/umow[ęy] (ramowa|licencyjna|serwisowa)/);
    }
  });

  it('states no receipt date for a notice the client has not been recorded as serving', () => {
    // The fixture's notice was served by us: the client's notice has not reached us on any known day.
    const vars = full() as Record<string, Record<string, TemplateValue>>;
    expect(vars.receipt).toEqual({ signedStatementNeeded: false, formUnknown: false, noticeReceivedOn: undefined, noticeReceivedOnIso: undefined, contractEndsOn: undefined, contractEndsOnIso: undefined });
    const none = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { notice: undefined, initiator: 'client' }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(none.receipt?.noticeReceivedOn).toBeUndefined();
  });

  it('takes the receipt date from the client-served notice, or from the confirmed value, and counts the end from it', () => {
    const base = offboardingFor(polishClient);
    const served = buildVariables({ client: polishClient, offboarding: { ...base, notice: { ...base.notice!, servedBy: 'client' } }, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(served.receipt).toMatchObject({ noticeReceivedOn: '31 stycznia 2026 r.', contractEndsOn: '28 lutego 2026 r.' });
    const confirmed = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { notice: undefined }), settings: settingsPl, today: TODAY, lang: 'pl', overrides: { 'receipt.noticeReceivedOn': '2026-01-15' } }) as Record<string, Record<string, TemplateValue>>;
    expect(confirmed.receipt).toMatchObject({ noticeReceivedOn: '15 stycznia 2026 r.', contractEndsOnIso: '2026-02-15' });
  });

  it('dates confirmations by the ticked checklist step, never by today', () => {
    const open = full() as Record<string, Record<string, TemplateValue>>;
    expect(open.access?.revokedOn).toBeUndefined();
    expect(open.dataReturn?.completedOn).toBeUndefined();
    expect(open.handover?.items).toBeUndefined();
    const base = offboardingFor(polishClient);
    const done = buildVariables({ client: polishClient, offboarding: { ...base, checklist: { ...base.checklist, 'assets-access': ticked } }, settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(done.access?.revokedOn).toBe('9 lutego 2026 r.');
  });

  it('lists overdue invoices for a demand with the art. 10 compensation, PLN only', () => {
    const settlement = [
      { id: 'a', direction: 'receivable' as const, description: 'A', amountMinor: 500000, currency: 'PLN', paid: false, dueOn: '2026-01-10', invoiceNo: 'FV/1' },
      { id: 'b', direction: 'receivable' as const, description: 'B', amountMinor: 500001, currency: 'PLN', paid: false, dueOn: '2026-01-10' },
      { id: 'c', direction: 'receivable' as const, description: 'C', amountMinor: 10000, currency: 'EUR', paid: false, dueOn: '2026-01-10', invoiceNo: 'FV/3' },
      { id: 'd', direction: 'receivable' as const, description: 'D', amountMinor: 10000, currency: 'PLN', paid: false, dueOn: '2026-03-01', invoiceNo: 'FV/4' },
      { id: 'e', direction: 'receivable' as const, description: 'E', amountMinor: 10000, currency: 'PLN', paid: true, dueOn: '2026-01-01', invoiceNo: 'FV/5' },
    ];
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { settlement }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    const invoices = vars.demand?.invoices as Array<Record<string, TemplateValue>>;
    expect(invoices.map((line) => line.invoiceNo)).toEqual(['FV/1', undefined, 'FV/3']);
    expect(invoices.map((line) => line.compensation)).toEqual(['40 euro', '70 euro', undefined]);
    expect(vars.demand).toMatchObject({ commercial: true, hasNonPln: true, severalInvoices: true });
    expect(vars.demand?.deadline).toBeUndefined();
    expect(String(vars.demand?.total)).toMatch(/^10\s?000,01\s?zł i 100,00\s?EUR$/);
  });

  it('counts days overdue', () => {
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: '2026-02-27', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(vars.payment).toMatchObject({ daysOverdue: 3, daysOverdueText: '3 dni', daysLeft: 0 });
  });

  it('picks no final invoice unless one is marked final, and never calls a past due date future', () => {
    const unmarked = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, { settlement: settlementWithoutFinal() }), settings: settingsPl, today: TODAY, lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(unmarked.settlement?.hasFinalInvoice).toBe(false);
    const late = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: '2026-02-25', lang: 'pl' }) as Record<string, Record<string, TemplateValue>>;
    expect(late.settlement?.finalInvoice).toMatchObject({ number: 'FV/3/2026', overdue: true });
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
    expect(vars.settlement?.finalInvoice).toMatchObject({ number: 'FV/3/2026', dueDate: '24 lutego 2026 r.', overdue: false });
    const liabilities = vars.settlement?.liabilities as Array<Record<string, TemplateValue>>;
    expect(liabilities[0]).toMatchObject({ invoiceNo: '—', dueOn: '—', paid: 'do zwrotu' });
    expect(totals[0]).toMatchObject({ receivableOpen: expect.stringMatching(/^2\s?500,50\s?zł$/), liabilityOpen: expect.stringMatching(/^300,00\s?zł$/) });
    expect(vars.settlement).toMatchObject({ clientOwes: true, weOwe: false });
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
