import { templateNotOfferedFor } from '../../../templates/contract-types';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { parseLibrary, parseLibraryFile } from '../../../templates/library-file';
import { renderTemplate } from '../../../templates/render';
import { TEMPLATE_KINDS, type Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { KNOWN_VARIABLES } from '../../../templates/variable-labels';
import type { Client, Lang, SettlementItem } from '../../../offboarding/types';
import { bareClient, conversation, englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY, typedValues, userValues } from './fixtures';

const LIBRARY_DIR = new URL('../../../templates/library/', import.meta.url);
const templates = builtInTemplates();

function render(template: Template, client: Client = template.lang === 'pl' ? polishClient : englishClient, lang: Lang = template.lang) {
  const vars = buildVariables({
    client,
    // The reason note is written in the message's language (one in the other language is a missing value).
    offboarding: offboardingFor(client, lang === 'en' ? { reasonNote: 'the scope has grown beyond what I can help with well' } : {}),
    settings: lang === 'pl' ? settingsPl : settingsEn,
    context: conversation,
    // A demand for payment claims only invoices already overdue: the fixture's fall due on 24 February.
    today: template.kind === 'payment-demand' ? '2026-03-02' : TODAY,
    lang,
    tone: template.tone,
    // Facts no record holds, and whom the user recommends, as the user would type them.
    overrides: { ...typedValues(lang), ...userValues[lang], 'recommendation.name': 'Studio Nowe', 'recommendation.contact': 'kontakt@studio-nowe.example' },
  });
  return renderTemplate(template, vars, { lang });
}

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

describe('the built-in library', () => {
  it('loads every file in templates/library', () => {
    const files = readdirSync(LIBRARY_DIR).filter((name) => name.endsWith('.md'));
    expect(templates.map((template) => `${template.id}.md`).sort()).toEqual(files.sort());
  });

  it.each(TEMPLATE_KINDS.flatMap((kind) => (['pl', 'en'] as const).map((lang) => [kind, lang] as const)))(
    '%s exists in %s with a formal tone',
    (kind, lang) => {
      expect(findTemplates(templates, { kind, lang }).some((template) => template.tone === 'formal')).toBe(true);
    },
  );

  const WARM = ['conversation-request', 'termination-ack', 'payment-reminder', 'retention-reply', 'closing-thanks', 'feedback-request', 'testimonial-request', 'referral-request', 'check-in'] as const;
  it.each(WARM.flatMap((kind) => (['pl', 'en'] as const).map((lang) => [kind, lang] as const)))('%s has a warm tone in %s', (kind, lang) => {
    expect(findTemplates(templates, { kind, lang, tone: 'warm' }).every((template) => template.tone === 'warm')).toBe(true);
    expect(findTemplates(templates, { kind, lang, tone: 'warm' })).not.toHaveLength(0);
  });

  it('has the variants the domain asks for, in both languages', () => {
    const variants: Array<[Template['kind'], string[]]> = [
      ['termination-notice', ['period', 'end-of-month', 'immediate']],
      ['payment-reminder', ['before', 'on', 'after']],
      ['data-return', ['request', 'confirmation']],
      ['access-revocation', ['request', 'confirmation']],
      ['testimonial-request', ['case-study']],
    ];
    for (const [kind, names] of variants) for (const lang of ['pl', 'en'] as const) for (const variant of names) one({ kind, lang, variant, tone: 'formal' });
  });

  it('falls back to formal when a kind has no warm tone', () => {
    const found = findTemplates(templates, { kind: 'settlement', lang: 'pl', tone: 'warm' });
    expect(found.map((template) => template.id)).toEqual(['settlement-pl-formal']);
  });

  it('declares only known variables', () => {
    const known = new Set<string>(KNOWN_VARIABLES);
    for (const template of templates) expect(template.variables.filter((path) => !known.has(path)), template.id).toEqual([]);
  });
});

describe('rendering every built-in with a complete client', () => {
  it.each(templates.map((template) => [template.id, template] as const))('%s', (_id, template) => {
    const draft = render(template);
    // The fixture's overdue EUR invoice has no złoty value, so its art. 10 bracket is the user's to fill.
    // The Letter of Claim (review6-en B6) claims no Polish compensation.
    expect(draft.missing).toEqual(template.kind === 'payment-demand' && template.variant !== 'letter-of-claim' ? ['demand.invoices[].compensation'] : []);
    expect(draft.subject).not.toMatch(/[{}⟨⟩]/);
    expect(draft.text.replace(/⟨(EUR 40, 70 or 100|40, 70 albo 100 euro)[^⟩]*⟩/g, 'X')).not.toMatch(/\{\{|⟨|\s,|\s\.|\.\.|,,/);
    expect(draft.subject).not.toMatch(/\.\./);
    expect(draft.html).not.toContain('{{');
    expect(draft.html.length).toBeGreaterThan(100);
    // The salutation opens the message and follows its tone; Polish continues in lower case after its comma.
    // A letter that carries its date (a Letter of Claim, words12) has it on the line above.
    const paragraphs = draft.text.split('\n\n');
    if (/^\d{1,2} \p{L}+ \d{4}$/u.test(paragraphs[0] ?? '')) paragraphs.shift();
    const [first, second] = paragraphs;
    const expected = { pl: { formal: 'Szanowna Pani,', warm: 'Dzień dobry,' }, en: { formal: 'Dear Mr Smith,', warm: 'Dear Mr Smith,' } };
    // (The fixture is not on first-name terms with John Smith: English follows that setting in both tones.)
    expect(first).toBe(expected[template.lang][template.tone]);
    if (template.lang === 'pl') expect(second).toMatch(/^\p{Ll}/u);
    else expect(second).toMatch(/^\p{Lu}/u);
  });
});

describe('a client without contract data', () => {
  it('lists what is missing and shows placeholders, never braces or blanks', () => {
    const notice = one({ kind: 'termination-notice', lang: 'pl', variant: 'period' });
    const vars = buildVariables({ client: bareClient, settings: settingsPl, today: TODAY, lang: 'pl' });
    const draft = renderTemplate(notice, vars, { lang: 'pl' });
    expect(draft.missing).toEqual(expect.arrayContaining(['contract.signedOn', 'contract.noticePeriod', 'contract.clause', 'notice.endDate']));
    expect(draft.text).toContain('⟨data zawarcia umowy⟩');
    expect(draft.text).toContain('⟨paragraf o wypowiedzeniu⟩');
    expect(draft.subject).toBe('Wypowiedzenie umowy z dnia ⟨data zawarcia umowy⟩');
    expect(draft.text + draft.html + draft.subject).not.toContain('{{');
    expect(draft.text).not.toMatch(/ {2}| ,| \./);
  });

  it('lists settlement data as missing when there is no offboarding', () => {
    const template = one({ kind: 'settlement', lang: 'en' });
    const draft = renderTemplate(template, buildVariables({ client: englishClient, settings: settingsEn, today: TODAY, lang: 'en' }), { lang: 'en' });
    // Nothing recorded: the items are a missing value, never a table with headings and no rows.
    expect(draft.missing).toEqual(expect.arrayContaining(['settlement.items']));
    expect(draft.text).toContain('⟨statement items (invoices, refunds)⟩');
    expect(draft.text).not.toContain('| Currency |');
  });
});

describe('notices', () => {
  it('state the computed end date: served 31 January + 1 month → 28 February', () => {
    const pl = render(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }));
    expect(pl.text).toContain('Umowa ulegnie rozwiązaniu z upływem dnia 28 lutego 2026 r.');
    expect(pl.text).toContain('niniejszym wypowiadam umowę o świadczenie usług marketingowych z dnia 12 marca 2024 r. z zachowaniem okresu wypowiedzenia wynoszącego jeden miesiąc, o którym mowa w § 7 ust. 2 umowy.');
    expect(pl.text).toContain('Proszę o potwierdzenie otrzymania niniejszego oświadczenia.');
    expect(pl.subject).toBe('Wypowiedzenie umowy o świadczenie usług marketingowych z dnia 12 marca 2024 r.');
    const en = render(one({ kind: 'termination-notice', lang: 'en', variant: 'period' }));
    // The clause's own later date folded into the date sentence (review10-en B4).
    expect(en.text).toContain('The agreement will terminate on 28 February 2026 or, if later, on the earliest date permitted by Section 12.1.');
    expect(en.text).not.toContain('If Section 12.1 allows');
    expect(en.text).toContain('Please confirm receipt of this notice.');
  });

  it('end of month: the last day of the month in which the period ends', () => {
    const client = { ...polishClient, contract: { ...polishClient.contract, noticePeriod: { months: 1 }, endOfMonth: true } };
    const vars = buildVariables({ client, offboarding: offboardingFor(client, { notice: { servedOn: '2026-01-10', channel: 'email', acknowledgementRequested: true, servedBy: 'we' } }), settings: settingsPl, today: TODAY, lang: 'pl' });
    const draft = renderTemplate(one({ kind: 'termination-notice', lang: 'pl', variant: 'end-of-month' }), vars, { lang: 'pl' });
    expect(draft.text).toContain('ze skutkiem na koniec miesiąca kalendarzowego');
    expect(draft.text).toContain('z upływem dnia 28 lutego 2026 r.');
  });

  it('immediate: important reasons under art. 746 k.c., through art. 750 for a services contract / for cause', () => {
    expect(render(one({ kind: 'termination-notice', lang: 'pl', variant: 'immediate' })).text).toContain('ze skutkiem natychmiastowym z ważnych powodów (art. 746 § 2 i 3 w zw. z art. 750 k.c.)');
    expect(render(one({ kind: 'termination-notice', lang: 'en', variant: 'immediate' })).text).toContain('as permitted by Article 746(2) and (3) of the Polish Civil Code, which governs the agreement and applies to services agreements through Article 750');
    const zlecenie = { ...polishClient, contract: { ...polishClient.contract, type: 'zlecenie' as const } };
    const pl = renderTemplate(one({ kind: 'termination-notice', lang: 'pl', variant: 'immediate' }), buildVariables({ client: zlecenie, offboarding: offboardingFor(zlecenie), settings: settingsPl, today: TODAY, lang: 'pl' }), { lang: 'pl' });
    // The contractor terminates: § 2 (with § 3), never § 1, the client's right.
    expect(pl.text).toContain('z ważnych powodów (art. 746 § 2 i 3 k.c.)');
    expect(pl.text).not.toContain('750');
    expect(pl.text).not.toContain('§ 1');
    // A contract of unknown type: no basis is asserted.
    const other = { ...polishClient, contract: { ...polishClient.contract, type: 'other' as const } };
    const unknownBasis = renderTemplate(one({ kind: 'termination-notice', lang: 'pl', variant: 'immediate' }), buildVariables({ client: other, offboarding: offboardingFor(other), settings: settingsPl, today: TODAY, lang: 'pl' }), { lang: 'pl' });
    expect(unknownBasis.text).toContain('ze skutkiem natychmiastowym z ważnych powodów.');
    expect(unknownBasis.text).not.toContain('art. 7');
    expect(unknownBasis.missing).not.toContain('contract.immediateBasis');
  });

  it('under a written-form clause announce the signed statement instead of serving notice by e-mail', () => {
    const written = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' as const } };
    for (const variant of ['period', 'end-of-month', 'immediate']) {
      const template = one({ kind: 'termination-notice', lang: 'pl', variant });
      // The e-mail announces the signed statement; it never declares 'wypowiadam' itself (art. 60, 73 § 1 k.c.).
      expect(render(template, written).text).toContain('wiążące jest dopiero to oświadczenie (z własnoręcznym podpisem');
      expect(render(template, written).text).toContain('podpisane oświadczenie o wypowiedzeniu');
      expect(render(template, written).text).not.toMatch(/wypowiadam|wyłącznie charakter informacyjny/);
      expect(render(template, polishClient).text).not.toContain('podpisem');
      const en = one({ kind: 'termination-notice', lang: 'en', variant });
      expect(render(en, { ...englishClient, contract: { ...englishClient.contract, requiredForm: 'written' } }).text).toMatch(/the formal notice is the signed letter/);
      expect(render(en, englishClient).text).not.toContain('signed letter');
    }
  });

  it('agree with the sender and the recipient', () => {
    const template = one({ kind: 'termination-ack', lang: 'pl', tone: 'formal' });
    const company = { ...polishClient, recipient: { form: 'panstwo' as const, warm: false } };
    const vars = buildVariables({ client: company, offboarding: offboardingFor(company), settings: { ...settingsPl, profile: { ...settingsPl.profile, senderForm: 'we' } }, today: TODAY, lang: 'pl' });
    const text = renderTemplate(template, vars, { lang: 'pl' }).text;
    expect(text).toMatch(/^Szanowni Państwo,\n\ndziękujemy za wiadomość\. Potwierdzamy, że w dniu .* otrzymaliśmy wypowiedzenie/);
    expect(text).toContain('Szanujemy Państwa decyzję');
    expect(text).toContain('zechcą Państwo');
    const female = render(one({ kind: 'retention-reply', lang: 'pl', tone: 'warm' }), polishClient, 'pl');
    expect(female.text).toContain('chciałaby Pani');
    expect(female.text).toContain('zastanawiałem'); // settingsPl: the sender is a man
  });
});

describe('Polish and English conventions', () => {
  const sources = readdirSync(LIBRARY_DIR).map((name) => [name, readFileSync(new URL(name, LIBRARY_DIR), 'utf8')] as const);

  it('never puts a comma after "Z poważaniem" (every Polish file)', () => {
    const polish = sources.filter(([name]) => name.includes('-pl-'));
    expect(polish.length).toBeGreaterThan(20);
    for (const [name, text] of polish) {
      expect(text, name).not.toMatch(/Z poważaniem\s*,/);
      expect(text, name).not.toMatch(/pozdrawiam[^\n]*,\s*$/im);
      expect(text, name).not.toMatch(/\bWitam\b/);
    }
  });

  it('closes formal Polish mail with "Z poważaniem", English notices and demands "Yours sincerely," and other formal English "Kind regards,"', () => {
    for (const template of templates.filter((item) => item.tone === 'formal')) {
      const text = render(template).text;
      const legal = template.variables.includes('formalClosing');
      if (template.lang === 'pl') expect(text, template.id).toMatch(/\nZ poważaniem\nJan Nowak\nWłaściciel\nNowak Studio$/);
      else if (legal) expect(text, template.id).toMatch(/\nYours sincerely,\nJane Doe\nFounder\nDoe Design$/);
      else expect(text, template.id).toMatch(/\nKind regards,\nJane Doe\nFounder\nDoe Design$/);
    }
    // The notices, withdrawals, the breach notice and the demand: the letters a lawyer files.
    const legalIds = templates.filter((item) => item.variables.includes('formalClosing')).map((item) => item.id);
    for (const id of ['termination-notice-period-en-formal', 'dzielo-withdrawal-en-formal', 'breach-remedy-en-formal', 'payment-demand-en-formal', 'non-renewal-en-formal']) expect(legalIds).toContain(id);
  });

  it('leaves the name to the webmail signature when the user asked for that', () => {
    const settings = { ...settingsPl, profile: { ...settingsPl.profile, signature: 'webmail' as const } };
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings, today: TODAY, lang: 'pl' });
    const draft = renderTemplate(one({ kind: 'closing-thanks', lang: 'pl', tone: 'formal' }), vars, { lang: 'pl' });
    expect(draft.text).toMatch(/\nZ poważaniem$/);
  });

  it('writes subjects in the template language', () => {
    for (const template of templates) {
      const subject = render(template).subject;
      if (template.lang === 'en') expect(subject, template.id).not.toMatch(/[ąćęłńóśźż]/i);
    }
    expect(render(one({ kind: 'settlement', lang: 'pl' })).subject).toBe('Rozliczenie końcowe współpracy');
  });

  it('feedback requests ask the NPS question and carry no review link', () => {
    for (const lang of ['pl', 'en'] as const) {
      for (const template of findTemplates(templates, { kind: 'feedback-request', lang })) {
        const draft = render(template);
        expect(draft.text, template.id).toMatch(/0.{1,6}10/);
        expect(draft.html, template.id).not.toContain('<a ');
        expect(draft.text.toLowerCase()).not.toMatch(/google|review link|opini[ię] w google/);
      }
    }
  });

  it('the overdue reminder gives the invoice\'s due date, and the last day for payment where art. 115 moved it', () => {
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: '2026-02-27', lang: 'pl' });
    const pl = renderTemplate(one({ kind: 'payment-reminder', lang: 'pl', variant: 'after' }), vars, { lang: 'pl' });
    expect(pl.text).toContain('Termin płatności upłynął w dniu 24 lutego 2026 r.');
    expect(pl.text).not.toContain('temu');
    // Two invoices: the plural, in the subject (nominative) and in the body (genitive).
    expect(pl.subject).toBe('Przypomnienie o płatności – faktury FV/2/2026 i FV/3/2026');
    // Amounts in two currencies are two amounts (plural "kwoty").
    // One pays a debt, not an invoice (review PL5-B2).
    expect(pl.text).toMatch(/o zapłatę należności z faktur nr FV\/2\/2026 i FV\/3\/2026 w kwotach 2\s?500,50\s?zł i 100,00\s?EUR/);
    const en = renderTemplate(one({ kind: 'payment-reminder', lang: 'en', variant: 'after' }), buildVariables({ client: englishClient, offboarding: offboardingFor(englishClient), settings: settingsEn, today: '2026-02-25', lang: 'en' }), { lang: 'en' });
    expect(en.text).toContain('due on 24 February 2026, remain unpaid.');
    // 10 January 2026 is a Saturday: the invoice's date is kept, the moved last day said as such.
    const saturday = offboardingFor(polishClient, { settlement: [{ id: 'x', direction: 'receivable' as const, description: 'Usługi', amountMinor: 100000, currency: 'PLN', paid: false, dueOn: '2026-01-10', invoiceNo: 'FV/1/2026' }] });
    const moved = renderTemplate(one({ kind: 'payment-reminder', lang: 'pl', variant: 'after' }), buildVariables({ client: polishClient, offboarding: saturday, settings: settingsPl, today: '2026-01-20', lang: 'pl' }), { lang: 'pl' });
    // Art. 115 k.c. names a Saturday apart from a statutory day off: the sentence says which it was.
    // A date in apposition to the weekday is set off by commas (PWN; review PL5-B1).
    // A courtesy reminder cites no article (review10-pl B6): the demand does.
    expect(moved.text).toContain('Termin płatności przypadał na sobotę, 10 stycznia 2026 r., upłynął więc w dniu 12 stycznia 2026 r.');
    expect(moved.text).not.toContain('art. 115');
    const holiday = offboardingFor(polishClient, { settlement: [{ id: 'x', direction: 'receivable' as const, description: 'Usługi', amountMinor: 100000, currency: 'PLN', paid: false, dueOn: '2026-01-06', invoiceNo: 'FV/1/2026' }] });
    const afterHoliday = renderTemplate(one({ kind: 'payment-reminder', lang: 'pl', variant: 'after' }), buildVariables({ client: polishClient, offboarding: holiday, settings: settingsPl, today: '2026-01-20', lang: 'pl' }), { lang: 'pl' });
    expect(afterHoliday.text).toContain('przypadał na dzień ustawowo wolny od pracy, 6 stycznia 2026 r., upłynął więc w dniu 7 stycznia 2026 r.');
    // The demand carries the same moved day, so the two letters never give two dates.
    const demandMoved = renderTemplate(one({ kind: 'payment-demand', lang: 'pl' }), buildVariables({ client: polishClient, offboarding: saturday, settings: settingsPl, today: '2026-01-20', lang: 'pl' }), { lang: 'pl' });
    expect(demandMoved.text).toContain('płatna do 10 stycznia 2026 r. (termin upłynął 12 stycznia 2026 r., art. 115 k.c.)');
  });

  it('demands an amount with no due date under art. 455 k.c., interest from the day after the deadline', () => {
    const undated = offboardingFor(polishClient, { settlement: [{ id: 'x', direction: 'receivable' as const, description: 'Wdrożenie sklepu', amountMinor: 1250000, currency: 'PLN', paid: false }] });
    const draft = renderTemplate(one({ kind: 'payment-demand', lang: 'pl' }), buildVariables({ client: polishClient, offboarding: undated, settings: settingsPl, today: '2026-04-02', lang: 'pl' }), { lang: 'pl' });
    expect(draft.text).toMatch(/do zapłaty kwoty 12\s500,00\szł z tytułu następującej należności:/);
    expect(draft.text).toContain('(art. 455 k.c.)');
    expect(draft.text).toContain('od dnia następującego po upływie wyznaczonego terminu do dnia zapłaty (art. 481 § 1 i 2 k.c.)');
    expect(draft.text).not.toContain('termin płatności upłynął');
    expect(draft.missing).not.toContain('demand.total');
  });

  it('words the reminder before the due date as the request that makes an undated amount due (art. 455 k.c.)', () => {
    const undated = offboardingFor(polishClient, { settlement: [{ id: 'x', direction: 'receivable' as const, description: 'Wdrożenie sklepu', amountMinor: 1250000, currency: 'PLN', paid: false, invoiceNo: 'FV/7/2026' }] });
    for (const lang of ['pl', 'en'] as const) {
      for (const tone of ['formal', 'warm'] as const) {
        const client = lang === 'pl' ? polishClient : englishClient;
        const vars = buildVariables({ client, offboarding: { ...undated, clientId: client.id }, settings: lang === 'pl' ? settingsPl : settingsEn, today: '2026-04-02', lang, overrides: { 'payment.requestedBy': '2026-04-18' } });
        const draft = renderTemplate(one({ kind: 'payment-reminder', lang, tone, variant: 'before' }), vars, { lang });
        // No due date is invented or asked for: the user's date is the one the request sets,
        // moved past a Saturday like any deadline the client must meet (art. 115 k.c.).
        expect(draft.missing, `${lang} ${tone}`).toEqual([]);
        expect(draft.text, `${lang} ${tone}`).toMatch(lang === 'pl' ? /20 kwietnia 2026 r\./ : /20 April 2026/);
        expect(draft.text, `${lang} ${tone}`).not.toMatch(/mija termin|is due on/);
        expect(draft.subject, `${lang} ${tone}`).toMatch(/Prośba o zapłatę|[Rr]equest for payment/);
      }
    }
    const pl = renderTemplate(one({ kind: 'payment-reminder', lang: 'pl', tone: 'formal', variant: 'before' }), buildVariables({ client: polishClient, offboarding: undated, settings: settingsPl, today: '2026-04-02', lang: 'pl' }), { lang: 'pl' });
    expect(pl.text).toContain('uprzejmie proszę o zapłatę należności z faktury nr FV/7/2026 w kwocie 12');
    expect(pl.text).toContain('niniejsza wiadomość stanowi wezwanie do zapłaty (art. 455 k.c.)');
    expect(pl.missing).toEqual(['payment.requestedBy']);
  });

  it('the data-return request cites GDPR art. 28(3)(g)', () => {
    expect(render(one({ kind: 'data-return', lang: 'pl', variant: 'request' })).text).toContain('art. 28 ust. 3 lit. g RODO');
    expect(render(one({ kind: 'data-return', lang: 'en', variant: 'request' })).text).toContain('Article 28(3)(g) of the GDPR');
  });
});

describe('the settlement message', () => {
  it('tabulates receivables and liabilities, and says in one sentence what is still open', () => {
    const draft = render(one({ kind: 'settlement', lang: 'pl' }));
    // One line per item, no table: a text table breaks in a proportional webmail font (review7 PL7-C7);
    // what is open is said once in words (review3-pl C2).
    expect(draft.html).not.toContain('<table>');
    const lines = draft.text.split('\n');
    // Not yet due on the fixture's day: the status says when, never "niezapłacona" (review3-en B10).
    // The line names the due date once (review10 PL10-C1); its status is impersonal, as the description is its subject.
    expect(lines.find((line) => line.startsWith('- Kampania – luty'))).toMatch(/ – faktura nr FV\/2\/2026 – termin płatności 24 lutego 2026 r\. – 2\s?500,50\s?zł – do zapłaty \(termin nie upłynął\)$/);
    // A paid invoice is shown as paid and left out of what is still to settle (review finding 7).
    expect(lines.find((line) => line.startsWith('- Kampania – styczeń'))).toMatch(/5\s?000,00\s?zł – zapłacono$/);
    expect(draft.text).not.toMatch(/7\s?200,50|7\s?500,50/);
    // Two currencies open: one sentence, plural verb (review4-pl N-C2).
    expect(draft.text).toMatch(/\nDo zapłaty na moją rzecz pozostają kwoty 2\s?200,50\s?zł i 100,00\s?EUR\.\n/);
    expect(draft.text.match(/Do zapłaty na moją rzecz/g)).toHaveLength(1);
    expect(draft.text).not.toMatch(/^- PLN:/m);
    expect(draft.text).toContain('fakturę końcową nr FV/3/2026 na kwotę 100,00\u00a0EUR, płatną do 24 lutego 2026 r.');
    // Two open invoices due on one day still to come: the payment sentence names it.
    // "Zapłata", the word of art. 455 and 481 k.c., not "wpłata" (review10 PL10-C2).
    // The EUR invoice goes to an account held in EUR, which the record does not name: typed (review10-pl C10).
    expect(draft.text).toContain('o zapłatę do 24 lutego 2026 r. na rachunek bankowy nr 12 1020 3040 0000 1234 5678 9012, a kwoty w EUR – na rachunek walutowy nr PL27 1140 2004 0000 3002 0135 5387.');
  });

  it('asks for payment as soon as possible once an invoice is overdue, and refunds to the account the payment came from', () => {
    const client = englishClient;
    const vars = buildVariables({
      client,
      offboarding: offboardingFor(client, {
        settlement: [
          { id: 'a', direction: 'receivable', description: 'Design', invoiceNo: 'INV-1', dueOn: '2026-01-05', amountMinor: 100000, currency: 'GBP', paid: false },
          { id: 'b', direction: 'liability', description: 'Prepayment', amountMinor: 5000, currency: 'EUR', paid: false, dueOn: '2026-03-24' },
        ],
      }),
      settings: settingsEn,
      today: TODAY,
      lang: 'en',
    });
    const text = renderTemplate(one({ kind: 'settlement', lang: 'en' }), vars, { lang: 'en' }).text;
    expect(text).toMatch(/INV-1\s+5 January 2026\s+£1,000\.00\s+overdue\n/);
    expect(text).toMatch(/Prepayment\s+—\s+24 March 2026\s+€50\.00\s+to be refunded\n/);
    expect(text).toContain('Balance outstanding: £1,000.00.');
    expect(text).toContain('Still to be refunded to you: €50.00.');
    expect(text).toContain('Please pay as soon as possible to Jane Doe trading as Doe Design, ');
    expect(text).toContain('by 24 March 2026 to the account your payment came from, unless you would like it paid into a different account.');
    expect(text).not.toContain('Amounts due from you');
  });

  it('in English too, and says once that everything is paid, with no empty totals table', () => {
    const client = englishClient;
    const vars = buildVariables({
      client,
      offboarding: offboardingFor(client, { settlement: [{ id: 'a', direction: 'receivable', description: 'Design', amountMinor: 1000, currency: 'EUR', paid: true }] }),
      settings: settingsEn,
      today: TODAY,
      lang: 'en',
    });
    const draft = renderTemplate(one({ kind: 'settlement', lang: 'en' }), vars, { lang: 'en' });
    // Paid invoices do not make the whole relationship settled: work not yet invoiced is still to come.
    expect(draft.text).toContain('As at 10 February 2026, all invoices issued to date have been paid in full.');
    expect(draft.text).not.toContain('nothing is outstanding');
    expect(draft.text).not.toContain('fully settled');
    expect(draft.text).not.toContain('Still to settle');
    expect(draft.text).toContain('Work done up to the end of the agreement and not yet invoiced will go on my final invoice.');
    expect(draft.missing).toEqual([]);
  });
});

describe('library file validation', () => {
  const good = readFileSync(new URL('closing-thanks-en-formal.md', LIBRARY_DIR), 'utf8');

  it('accepts a good file', () => {
    expect(parseLibraryFile('closing-thanks-en-formal.md', good).kind).toBe('closing-thanks');
  });

  it.each([
    ['no front matter', 'just text', /front matter/],
    ['bad kind', good.replace('kind: closing-thanks', 'kind: farewell'), /kind/],
    ['bad tone', good.replace('tone: formal', 'tone: chummy'), /tone/],
    ['unknown field', good.replace('tone: formal', 'tone: formal\nauthor: me'), /author/],
    ['wrong file name', good, /file name/],
    ['syntax error', good.replace('{{closing}}', '{{closing}} {{#if x}}'), /line \d+, column \d+/],
    ['unknown variable', good.replace('{{closing}}', '{{closing}} {{client.shoeSize}}'), /unknown variables: client.shoeSize/],
    ['undeclared variable', good.replace('{{closing}}', '{{closing}} {{client.name}}'), /add: client.name/],
  ])('names the file and the problem: %s', (label, source, message) => {
    const name = label === 'wrong file name' ? 'other.md' : 'closing-thanks-en-formal.md';
    expect(() => parseLibraryFile(name, source)).toThrow(new RegExp(`Template ${name}:`));
    expect(() => parseLibraryFile(name, source)).toThrow(message);
  });

  it('reports the body line counted from the top of the file', () => {
    const source = good.replace('{{closing}}', '{{closing}} {{/if}}');
    const line = source.split('\n').findIndex((text) => text.includes('{{closing}} {{/if}}')) + 1;
    expect(() => parseLibraryFile('closing-thanks-en-formal.md', source)).toThrow(`body line ${line}, column 13`);
  });

  it('parseLibrary sorts by id', () => {
    const other = good.replace('id: closing-thanks-en-formal', 'id: a-first');
    expect(parseLibrary({ './library/closing-thanks-en-formal.md': good, './library/a-first.md': other }).map((template) => template.id)).toEqual(['a-first', 'closing-thanks-en-formal']);
  });
});

describe('facts the record does not hold are missing, never defaulted (issue 12 item 3)', () => {
  const plVars = (changes: Parameters<typeof offboardingFor>[1] = {}, overrides: Record<string, string> = {}, today = TODAY) =>
    buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient, changes), settings: settingsPl, context: conversation, today, lang: 'pl', overrides });

  it('an overdue reminder without a known due date shows a placeholder, not today + 14 days', () => {
    const settlement = [{ id: 'x', direction: 'receivable' as const, description: 'Usługi', amountMinor: 100000, currency: 'PLN', paid: false, invoiceNo: 'FV/9' }];
    const draft = renderTemplate(one({ kind: 'payment-reminder', lang: 'pl', variant: 'after', tone: 'formal' }), plVars({ settlement }), { lang: 'pl' });
    expect(draft.missing).toContain('payment.dueDate');
    expect(draft.text).toContain('Termin płatności upłynął w dniu ⟨termin płatności⟩');
    expect(draft.text).not.toMatch(/\d{1,2} (?:lutego|marca) 2026 r\./);
  });

  it("the acknowledgement states no receipt date until it is recorded or confirmed", () => {
    const template = one({ kind: 'termination-ack', lang: 'pl', tone: 'formal' });
    const open = renderTemplate(template, plVars({ initiator: 'client', notice: undefined }), { lang: 'pl' });
    expect(open.missing).toContain('receipt.noticeReceivedOn');
    expect(open.text).not.toContain('10 lutego 2026 r.'); // today in the fixture
    const confirmed = renderTemplate(template, plVars({ initiator: 'client', notice: undefined }, { 'receipt.noticeReceivedOn': '2026-02-03' }), { lang: 'pl' });
    expect(confirmed.text).toContain('Potwierdzam, że w dniu 3 lutego 2026 r. otrzymałem wypowiedzenie');
    expect(confirmed.text).toContain('z upływem dnia 3 marca 2026 r.');
  });

  it('the handover and access confirmations declare no fixed list of assets', () => {
    for (const query of [{ kind: 'handover-complete' as const }, { kind: 'access-revocation' as const, variant: 'confirmation' }]) {
      for (const lang of ['pl', 'en'] as const) {
        const vars = buildVariables({ client: lang === 'pl' ? polishClient : englishClient, offboarding: offboardingFor(polishClient), settings: lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang });
        const draft = renderTemplate(one({ ...query, lang }), vars, { lang });
        expect(draft.missing.some((path) => path === 'handover.items' || path === 'access.revokedItems'), `${query.kind} ${lang}`).toBe(true);
        expect(draft.text.toLowerCase()).not.toMatch(/domen|domains|pliki źródłowe|source (?:files|code)|hasła i klucze|passwords and|folder/);
      }
    }
  });

  it('the settlement asks for the bank account when it is not in the profile', () => {
    const settings = { ...settingsPl, profile: { ...settingsPl.profile, bankAccount: undefined } };
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings, today: TODAY, lang: 'pl' });
    const draft = renderTemplate(one({ kind: 'settlement', lang: 'pl' }), vars, { lang: 'pl' });
    expect(draft.missing).toEqual(['sender.bankAccount', 'sender.currencyAccount']);
  });

  it('a final invoice past its due date is never "płatną do"', () => {
    const draft = renderTemplate(one({ kind: 'settlement', lang: 'pl' }), plVars({}, {}, '2026-03-02'), { lang: 'pl' });
    expect(draft.text).not.toContain('płatną do');
    expect(draft.text).toContain('Termin płatności faktury końcowej nr FV/3/2026 na kwotę 100,00\u00a0EUR upłynął 24 lutego 2026 r.');
  });
});

describe('the demand for payment', () => {
  const demand = (lang: 'pl' | 'en', settlement: SettlementItem[], company: string | undefined = 'Kowalska Sp. z o.o.') => {
    const client = { ...(lang === 'pl' ? polishClient : englishClient), company };
    const vars = buildVariables({ client, offboarding: offboardingFor(client, { settlement }), settings: lang === 'pl' ? settingsPl : settingsEn, today: '2026-03-02', lang });
    return renderTemplate(templates.find((t) => t.id === `payment-demand-${lang}-formal`) as Template, vars, { lang });
  };
  const invoice = (amountMinor: number, currency = 'PLN') => ({ id: `i${amountMinor}${currency}`, direction: 'receivable' as const, description: 'Usługi', amountMinor, currency, paid: false, dueOn: '2026-02-02', invoiceNo: `FV/${amountMinor}` });

  it('states the compensation per invoice from its bracket, in euro, and no interest rate', () => {
    const draft = demand('pl', [invoice(500_000), invoice(500_001), invoice(5_000_000)]);
    expect(draft.text).toContain('za fakturę nr FV/500000: równowartość 40 euro');
    expect(draft.text).toContain('za fakturę nr FV/500001: równowartość 70 euro');
    expect(draft.text).toContain('za fakturę nr FV/5000000: równowartość 100 euro');
    expect(draft.text).toContain('odsetki ustawowe za opóźnienie w transakcjach handlowych');
    // Art. 187 § 1 pkt 3 k.p.c. governs the statement of claim, not this letter: never cited as requiring it.
    expect(draft.text).not.toContain('187');
    expect(draft.text).toContain('próbę polubownego rozwiązania sporu');
    expect(draft.text).not.toMatch(/%|procent/);
    expect(draft.missing).toEqual(['demand.deadline']);
  });

  it('claims the statute of commercial transactions from a client whose name carries a legal form, and asks for the invoices when none is overdue', () => {
    const named = { ...polishClient, name: 'Drukarnia Orzeł S.A.', company: undefined };
    const vars = buildVariables({ client: named, offboarding: offboardingFor(named, { settlement: [] }), settings: settingsPl, today: '2026-03-02', lang: 'pl' });
    const draft = renderTemplate(one({ kind: 'payment-demand', lang: 'pl' }), vars, { lang: 'pl' });
    expect(draft.text).toContain('w transakcjach handlowych');
    expect(draft.text).not.toContain('art. 481');
    expect(draft.missing).toEqual(expect.arrayContaining(['demand.invoices', 'demand.total']));
    expect(draft.text).not.toMatch(/:\n\n(Proszę|Rekompensatę)/);
  });

  it('names an item without an invoice number by its description, never by an invented number', () => {
    const draft = demand('pl', [{ ...invoice(120_000), invoiceNo: undefined, description: 'Kampania – marzec' }]);
    expect(draft.text).toContain('- Kampania – marzec, płatna do 2 lutego 2026 r.');
    expect(draft.text).toContain('- za pozycję „Kampania – marzec”: równowartość 40 euro');
    expect(draft.missing).toEqual(['demand.deadline']);
  });

  it('does not bracket an invoice in another currency, and says why in words', () => {
    const draft = demand('en', [invoice(10_000, 'EUR')]);
    // No menu of three amounts sent to the debtor: the bracket is a missing value the user fills.
    expect(draft.text).toContain('the equivalent of ⟨EUR 40, 70 or 100, by the invoice value in PLN⟩');
    expect(draft.missing).toContain('demand.invoices[].compensation');
  });

  it('claims only general statutory interest (art. 481 k.c.) from a client the user says does not trade', () => {
    const person = { ...polishClient, company: undefined, trades: false };
    const vars = buildVariables({ client: person, offboarding: offboardingFor(person, { settlement: [invoice(500_000)] }), settings: settingsPl, today: '2026-03-02', lang: 'pl' });
    const draft = renderTemplate(one({ kind: 'payment-demand', lang: 'pl' }), vars, { lang: 'pl' });
    expect(draft.text).toContain('art. 481 § 1 i 2 k.c.');
    expect(draft.text).not.toContain('rekompensata');
    // Not said either way: a choice for the user, never the civil-law default (review10-last.test.ts).
    expect(demand('pl', [invoice(500_000)], '').missing).toContain('demand.interestClaim');
  });
});

describe('Polish statutes are cited only under Polish law', () => {
  const { governingLaw: _recorded, ...unrecorded } = englishClient.contract;
  const noLaw: Client = { ...englishClient, contract: unrecorded };
  const otherLaw: Client = { ...englishClient, contract: { ...unrecorded, governingLaw: 'other' } };
  const english = templates.filter((t) => t.lang === 'en');
  const polishStatute = /Polish (Civil Code|law|Act|copyright)|Civil Code|National Bank of Poland|Article (746|640|644)/;

  it('an English message with no law recorded, or another law, cites no Polish statute', () => {
    for (const client of [noLaw, otherLaw]) {
      for (const template of english) {
        const { text } = render(template, client);
        expect(text, template.id).not.toMatch(polishStatute);
      }
    }
  });

  it('an English umowa o dzieło text under another law, or none recorded, cites no Polish statute, and says the fact without it', () => {
    const dzielo = (governingLaw?: 'pl' | 'other'): Client => ({ ...englishClient, contract: { ...unrecorded, type: 'dzielo', ...(governingLaw ? { governingLaw } : {}) } });
    const texts = templates.filter((t) => t.lang === 'en' && t.kind.startsWith('dzielo-'));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const template of texts) {
      expect(render(template, dzielo('other')).text, template.id).not.toMatch(polishStatute);
      // An English text never says which law governs when the record does not: no article with none recorded.
      expect(render(template, dzielo()).text, template.id).not.toMatch(polishStatute);
      expect(render(template, dzielo('pl')).text, template.id).toMatch(/Article 64[04] of the Polish Civil Code/);
    }
    const byId = (id: string) => render(templates.find((t) => t.id === id) as Template, dzielo('other')).text;
    // Outside Polish law: "terminate" under a clause or provision the user names, never "withdraw" (review9-en A4).
    expect(byId('dzielo-withdrawal-en-formal')).toMatch(/terminating the .* under ⟨clause or legal provision giving the right to end the agreement⟩, because the cooperation needed to complete the work has not been provided/);
    expect(byId('dzielo-withdrawal-en-formal')).not.toMatch(/withdraw/);
    expect(byId('dzielo-withdrawal-cooperation-call-en-formal')).toMatch(/(I|we) will be entitled to terminate the agreement under ⟨clause or legal provision giving the right to end the agreement⟩\./);
    expect(byId('dzielo-withdrawal-cooperation-call-en-formal')).not.toMatch(/withdraw/);
    expect(byId('dzielo-withdrawal-reply-en-formal')).toMatch(/claim the agreed fee, less what (I have|we have) saved by not completing the work/);
  });

  it('under Polish law the immediate notice and the demand give their articles', () => {
    expect(render(one({ kind: 'termination-notice', variant: 'immediate', lang: 'en' }), englishClient).text).toMatch(/Article 746\(2\) and \(3\) of the Polish Civil Code/);
    const demandEn = templates.find((t) => t.id === 'payment-demand-en-formal') as Template;
    expect(render(demandEn, englishClient).text).toMatch(/Polish Civil Code|Polish Act/);
    // review6-en B6: one reserves the right to claim something, never "the right to interest".
    expect(render(demandEn, noLaw).text).toMatch(/reserve the right to claim interest for late payment and compensation for recovery costs under the law governing the agreement\./);
  });

  it('a Polish message under another law cites no k.c. article or Polish statute, and says the fact without it', () => {
    const plOther: Client = { ...polishClient, contract: { ...polishClient.contract, governingLaw: 'other' } };
    for (const template of templates.filter((t) => t.lang === 'pl')) {
      // GDPR (RODO) is EU law and binds a processor whatever law governs the contract.
      const { text } = render(template, plOther);
      expect(text, template.id).not.toMatch(/k\.c\.|\bustaw[ay]\b|prawie autorskim|Narodow\w+ Bank\w* Polsk|\bNBP\b/);
    }
    expect(render(one({ kind: 'payment-demand', lang: 'pl' }), plOther).text).toContain('na zasadach prawa właściwego dla umowy');
    // A due date on a Saturday (28 Feb 2026): art. 115 k.c. moves it to Monday only under Polish law;
    // under another law the invoice's date stands and nothing speaks of a moved day.
    const saturday: SettlementItem = { id: 's', direction: 'receivable', description: 'Usługi', amountMinor: 10_000, currency: 'PLN', paid: false, dueOn: '2026-02-28', invoiceNo: 'FV/1' };
    const reminder = (client: Client, today: string, variant: 'after' | 'before') =>
      renderTemplate(one({ kind: 'payment-reminder', lang: 'pl', variant, tone: 'formal' }), buildVariables({ client, offboarding: offboardingFor(client, { settlement: [saturday] }), settings: settingsPl, today, lang: 'pl' }), { lang: 'pl' }).text;
    expect(reminder(plOther, '2026-03-05', 'after')).toContain('Termin płatności upłynął w dniu 28 lutego 2026 r.');
    expect(reminder(plOther, '2026-03-05', 'after')).not.toMatch(/2 marca 2026 r\.|przypadał na sobotę/);
    expect(reminder(polishClient, '2026-03-05', 'after')).toContain('upłynął więc w dniu 2 marca 2026 r.');
    // The ranking reads the same day: on Sunday 1 March the invoice is overdue only under another law.
    const offered = (client: Client) => templateNotOfferedFor({ kind: 'payment-reminder', variant: 'after', lang: 'pl' }, client, { today: '2026-03-01', offboarding: offboardingFor(client, { settlement: [saturday] }) });
    expect(offered(plOther)).toBeUndefined();
    expect(offered(polishClient)).toBe('payment-timing');
    expect(reminder(plOther, '2026-03-05', 'after')).not.toContain('art. 115');
    // Under Polish law too the courtesy reminder moves the day without citing the article (review10-pl B6).
    expect(reminder(polishClient, '2026-03-05', 'after')).not.toContain('art. 115');
    expect(reminder(plOther, '2026-02-20', 'before')).not.toContain('art. 115');
    expect(render(one({ kind: 'payment-demand', lang: 'pl' }), polishClient).text).toMatch(/art\. 481 § 1 i 2 k\.c\.|ustawy z dnia 8 marca 2013 r\./);
  });

  it('a Polish message with nothing recorded is read as under Polish law, and not when another law is recorded', () => {
    const immediate = one({ kind: 'termination-notice', variant: 'immediate', lang: 'pl' });
    expect(render(immediate, polishClient).text).toMatch(/art\. 746/);
    expect(render(immediate, { ...polishClient, contract: { ...polishClient.contract, governingLaw: 'other' } }).text).not.toMatch(/art\. 746/);
  });
});

describe('English rights confirmations state only what the record holds', () => {
  // review6-en C10: the record does not say whether the licence is exclusive, so the text never does.
  it('the licence confirmation leaves exclusivity to the agreement, never a default', () => {
    const licence = templates.find((t) => t.id === 'rights-transfer-licence-en-formal') as Template;
    for (const client of [englishClient, bareClient]) {
      const { text } = render(licence, client);
      expect(text).not.toMatch(/\b(an? )?(non-)?exclusive licence/i);
      // review9-en B8: one subject ("the scope"), not a clause and two noun phrases.
      expect(text).toContain('The scope of the licence, including whether it is exclusive, its duration and its territory, is as set out in the agreement.');
    }
  });

  // review9-en A12 (German law, §29 UrhG: copyright not assignable) and review10-en B8 (no hedge
  // between two legal acts): the template states the assignment; the user picks it only when the
  // agreement assigns, and its "when" sends a licence, or a law with no assignment, to the licence template.
  it('the transfer confirmation outside Polish law states the assignment; a licence has its own template', () => {
    const transfer = templates.find((t) => t.id === 'rights-transfer-en-formal') as Template;
    const otherLaw: Client = { ...englishClient, contract: { ...englishClient.contract, governingLaw: 'other' } };
    for (const client of [otherLaw, bareClient]) {
      const { text, subject } = render(transfer, client);
      expect(text).toMatch(/confirm that, under .*, the copyright in .* was assigned to /);
      expect(text).not.toContain('or an exclusive licence');
      expect(subject).toBe('Confirmation of the assignment of copyright');
    }
    expect(transfer.when).toMatch(/German law.*Confirmation of the licence/);
    const polish = render(transfer, englishClient).text;
    expect(polish).toContain("the author's economic rights (copyright) in");
    // review9-en B7: the article, and the statute named as Polish.
    expect(polish).toContain("A transfer of the author's economic rights must be made in writing to be valid (Article 53 of the Polish Act on Copyright and Related Rights).");
  });
});

describe('English for-cause texts cite the breach clause, never the notice clause (review7 EN7-A1)', () => {
  const otherLaw: Client = { ...englishClient, contract: { ...englishClient.contract, governingLaw: 'other' } };
  const { breachClause: _b, ...noBreachClause } = otherLaw.contract;
  for (const id of ['breach-remedy-en-formal', 'termination-notice-immediate-en-formal']) {
    it(id, () => {
      const template = templates.find((t) => t.id === id) as Template;
      const recorded = render(template, otherLaw).text;
      expect(recorded).toContain('under Section 12.3 of the agreement');
      expect(recorded).not.toContain('Section 12.1');
      const unrecorded = render(template, { ...otherLaw, contract: noBreachClause }).text;
      expect(unrecorded).toContain('under ⟨clause giving the right to terminate for breach⟩ of the agreement');
      expect(unrecorded).not.toContain('Section 12.1');
    });
  }
  it('the call to remedy keeps the election open', () => {
    const text = render(templates.find((t) => t.id === 'breach-remedy-en-formal') as Template, otherLaw).text;
    expect(text).toContain('reserve the right to terminate the agreement with immediate effect');
    expect(text).not.toMatch(/will terminate/);
  });
});
