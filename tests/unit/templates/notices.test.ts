/**
 * The legal rules behind the notices (issue 12): the period runs from delivery, a written-form
 * clause makes the e-mail an announcement of the signed statement, an umowa o dzieło is withdrawn
 * from and never "wypowiedziana", and a fact the record lacks is a missing value, never a default.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { suggest } from '../../../templates/suggest';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { parseTypedDate } from '../../../templates/typed-date';
import type { Client, Lang, NoticeRecord, Offboarding, Settings } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';
import { SCENARIOS } from './suggest/scenarios';
import type { ConversationContext } from '../../../webmail/types';

const templates = builtInTemplates();

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

const written = (client: Client): Client => ({ ...client, contract: { ...client.contract, requiredForm: 'written' } });
const dzielo = (client: Client): Client => ({ ...client, contract: { ...client.contract, type: 'dzielo', title: undefined, noticePeriod: {} } });
const letter = (changes: Partial<NoticeRecord> = {}): NoticeRecord => ({
  servedOn: '2026-02-10', channel: 'letter', acknowledgementRequested: true, servedBy: 'we', ...changes,
});

function draft(
  template: Template,
  client: Client,
  options: { notice?: NoticeRecord | null; overrides?: Record<string, string>; settings?: Settings; offboarding?: Partial<Offboarding> } = {},
) {
  const lang: Lang = template.lang;
  const offboarding = offboardingFor(client, { notice: options.notice ?? undefined, ...options.offboarding });
  const vars = buildVariables({
    client,
    offboarding,
    settings: options.settings ?? (lang === 'pl' ? settingsPl : settingsEn),
    today: TODAY,
    lang,
    overrides: options.overrides ?? {},
  });
  return renderTemplate(template, vars, { lang });
}

const VARIANTS = ['period', 'end-of-month', 'immediate'] as const;

/** An open thread with nothing said yet: the checklist alone decides. */
function emptyThread(): ConversationContext {
  return { provider: 'gmail', threadId: 't', participants: [], messages: [], language: 'pl', compose: { open: false }, url: 'https://mail.google.com/mail/u/0/#inbox/t', missing: [] };
}

describe('a notice under a documentary-form contract', () => {
  it('is the notice itself, ending from today (the e-mail reaches the client today)', () => {
    const pl = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), polishClient, { notice: null });
    expect(pl.text).toContain('niniejszym wypowiadam umowę');
    // The date holds only if the e-mail reaches the client today (art. 61, 111 § 2 k.c.; review PL5-A1).
    expect(pl.text).toContain('Umowa ulegnie rozwiązaniu z upływem jednego miesiąca od dnia doręczenia niniejszego oświadczenia, tj. – przy doręczeniu w dniu 10 lutego 2026 r. – z upływem dnia 10 marca 2026 r.');
    expect(pl.missing).toEqual([]);
    const en = draft(one({ kind: 'termination-notice', lang: 'en', variant: 'period' }), englishClient, { notice: null });
    expect(en.text).toContain('Please accept this e-mail as formal notice of termination');
    // The end date with its rule, never an "if" alone (review6-en B5).
    expect(en.text).toContain('The agreement will terminate on the expiry of the notice period, that is, on 10 March 2026 if you receive this notice today, 10 February 2026, or, if later, on the earliest date permitted by Section 12.1.');
    expect(en.text).not.toContain('If the agreement requires notice in writing');
  });

  it('with nothing recorded, leaves the form a missing value the user resolves, never a default and never a condition (review11 EN A1, PL B13; PL6-A1)', () => {
    for (const variant of ['period', 'end-of-month', 'immediate'] as const) {
      const vars = buildVariables({ settings: settingsEn, today: TODAY, lang: 'en' });
      const en = renderTemplate(one({ kind: 'termination-notice', lang: 'en', variant }), vars, { lang: 'en' });
      expect(en.text, variant).not.toMatch(/hereby give notice|If the agreement requires/);
      // Neither course is taken for the user: the e-mail does not disown itself, nor claim to be the notice.
      expect(en.text, variant).not.toMatch(/The formal notice is the signed letter|this e-mail is for information only/);
      expect(en.text, variant).toMatch(/⟨Please accept this e-mail as formal notice \/ Under separate cover, (I am|we are|⟨I am \/ we are⟩) sending you (my|our|⟨my \/ our⟩) signed notice⟩ of termination/);
      expect(en.missing, variant).toContain('contract.requiredForm');
      const pl = renderTemplate(one({ kind: 'termination-notice', lang: 'pl', variant }), buildVariables({ settings: settingsPl, today: TODAY, lang: 'pl' }), { lang: 'pl' });
      expect(pl.text, variant).not.toMatch(/Jeżeli umowa zastrzega|wówczas|charakter informacyjny/);
      expect(pl.text, variant).toMatch(/⟨niniejszym (wypowiadam|wypowiadamy|⟨wypowiadam \/ wypowiadamy⟩) \/ /);
      expect(pl.missing, variant).toContain('contract.requiredForm');
      // Its delivery is not known: the end date is computed from a delivery the user types.
      if (variant !== 'immediate') expect(pl.missing, variant).toContain('notice.deliveryOn');
      // The end-of-month notice names its period, or asks for it (review PL5-A2 / EN5-B6).
      if (variant === 'end-of-month') expect(pl.missing).toContain('contract.noticePeriod');
    }
  });
});

describe('a notice under a written-form clause', () => {
  it.each(VARIANTS)('%s: never states an end date computed from the e-mail; the delivery is a missing value', (variant) => {
    for (const [lang, client] of [['pl', polishClient], ['en', englishClient]] as const) {
      const result = draft(one({ kind: 'termination-notice', lang, variant }), written(client), { notice: null });
      expect(result.text).not.toMatch(/10 (marca|March) 2026|niniejszym wypowiadam|as formal notice of termination/);
      expect(result.text).toMatch(lang === 'pl' ? /wiążące jest dopiero to oświadczenie \(z własnoręcznym podpisem/ : /the formal notice is the signed letter/);
      // The agreement's words are never invented: no eIDAS lecture, no "the agreement says" (review6-en A2, B3).
      if (lang === 'en') expect(result.text).not.toMatch(/eIDAS|Under the agreement, notice is valid only/);
      if (variant !== 'immediate') {
        expect(result.missing).toEqual(expect.arrayContaining(['notice.deliveryOn']));
        expect(result.text).toContain(lang === 'pl' ? '⟨data doręczenia podpisanego oświadczenia⟩' : '⟨delivery date of the signed notice⟩');
      }
    }
  });

  it('computes the end date from the expected delivery of the letter and says it is expected', () => {
    const result = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), written(polishClient), {
      notice: letter({ expectedDeliveryOn: '2026-02-13' }),
    });
    expect(result.text).toContain('że 10 lutego 2026 r. wysłałem listem podpisane oświadczenie o wypowiedzeniu');
    expect(result.text).toContain('Jeśli zostanie ono doręczone w dniu 13 lutego 2026 r., umowa ulegnie rozwiązaniu z upływem dnia 13 marca 2026 r.');
    expect(result.text).not.toContain('10 marca 2026');
    expect(result.missing).toEqual([]);
  });

  it('states it as a fact once the delivery is recorded', () => {
    const result = draft(one({ kind: 'termination-notice', lang: 'en', variant: 'end-of-month' }), written({ ...englishClient, contract: { ...englishClient.contract, endOfMonth: true } }), {
      notice: letter({ expectedDeliveryOn: '2026-02-13', deliveredOn: '2026-03-02' }),
    });
    expect(result.text).toContain('It was delivered on 2 March 2026, so the agreement will terminate on 30 April 2026 or, if later, on the earliest date permitted by Section 12.1.');
    expect(result.text).not.toContain('If it is delivered');
  });

  it('computes the end date from a delivery date the user typed (ISO or DD.MM.YYYY)', () => {
    for (const typed of ['2026-02-16', '16.02.2026']) {
      const result = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), written(polishClient), {
        notice: null, overrides: { 'notice.deliveryOn': typed },
      });
      expect(result.text).toContain('Jeśli zostanie ono doręczone w dniu 16 lutego 2026 r., umowa ulegnie rozwiązaniu z upływem dnia 16 marca 2026 r.');
      expect(result.missing).toEqual([]);
    }
    expect(parseTypedDate('31.02.2026')).toBeUndefined();
    expect(parseTypedDate('jutro')).toBeUndefined();
  });

  it('an e-mail recorded as the notice does not start the period under written form', () => {
    const result = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), written(polishClient), {
      notice: letter({ channel: 'email' }),
    });
    expect(result.missing).toEqual(expect.arrayContaining(['notice.deliveryOn', 'notice.endDate']));
  });

  it('immediate: takes effect on delivery of the signed statement, not of the e-mail', () => {
    const pl = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'immediate' }), written(polishClient), { notice: letter({ expectedDeliveryOn: '2026-02-12' }) });
    expect(pl.text).toContain('Umowa ulegnie rozwiązaniu z chwilą doręczenia Państwa spółce podpisanego oświadczenia, a nie tej wiadomości (przewidywane doręczenie: 12 lutego 2026 r.).');
    expect(pl.text).not.toContain('z chwilą doręczenia niniejszego oświadczenia');
    const plain = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'immediate' }), polishClient, { notice: null });
    expect(plain.text).toContain('Umowa ulega rozwiązaniu z chwilą doręczenia niniejszego oświadczenia.');
    const en = draft(one({ kind: 'termination-notice', lang: 'en', variant: 'immediate' }), written(englishClient), { notice: null });
    expect(en.text).toContain('The agreement terminates when the signed notice reaches you, not on receipt of this e-mail.');
  });

  it('the cover message names the signed paper as binding, or the QES document', () => {
    const scan = draft(one({ kind: 'signed-notice-cover', lang: 'pl' }), written(polishClient), { notice: letter({ expectedDeliveryOn: '2026-02-13' }) });
    expect(scan.text).toContain('w załączeniu przesyłam skan podpisanego oświadczenia o wypowiedzeniu');
    expect(scan.text).toContain('Oryginał z własnoręcznym podpisem wysłałem 10 lutego 2026 r.; to on jest wiążący, a skan ma charakter wyłącznie informacyjny.');
    expect(scan.text).toContain('umowa ulegnie rozwiązaniu z upływem dnia 13 marca 2026 r.');
    expect(scan.text).toContain('Proszę o potwierdzenie otrzymania oryginału');
    const qes = draft(one({ kind: 'signed-notice-cover', lang: 'en' }), written(englishClient), { notice: letter({ channel: 'qes' }) });
    expect(qes.text).toContain('signed with a qualified electronic signature');
    // Only the sending is recorded: the end date is conditional on delivery that day, never stated as delivered.
    expect(qes.text).toContain('If it reached you on the day I sent it, the agreement will terminate on 10 March 2026.');
    expect(qes.text).toContain('Please confirm the date on which you received it.');
    expect(qes.text).not.toContain('was delivered');
    const delivered = draft(one({ kind: 'signed-notice-cover', lang: 'en' }), written(englishClient), { notice: letter({ channel: 'qes', deliveredOn: '2026-02-11' }) });
    expect(delivered.text).toContain('As it was delivered on 11 February 2026, the agreement will terminate on 11 March 2026.');
  });
});

describe('parties and addressee', () => {
  it('identifies the contract by its title and date, never by a brand taken for a party (art. 43⁴ k.c.)', () => {
    // A sole trader's business name is not the party; an e-mail needs no parties clause at all.
    for (const lang of ['pl', 'en'] as const) {
      const template = one({ kind: 'termination-notice', lang, variant: 'period' });
      const text = draft(template, lang === 'pl' ? polishClient : englishClient).text;
      expect(text).not.toMatch(/której stronami są|\bbetween .+ and /);
      expect(template.variables).not.toContain('parties.sender');
    }
    expect(draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), polishClient).text).toContain('umowę o świadczenie usług marketingowych z dnia 12 marca 2024 r.');
  });

  it('opens an English notice to a company with no named person "Dear Sir or Madam," and closes it "Yours faithfully," (review6-en C8)', () => {
    const company = { ...englishClient, recipient: { form: 'panstwo' as const, warm: false } };
    const nobody = { ...company, company: undefined, name: 'office@acme.co.uk' };
    for (const variant of VARIANTS) {
      const text = draft(one({ kind: 'termination-notice', lang: 'en', variant }), company).text;
      expect(text).toMatch(/^Dear Sir or Madam,\n/);
      expect(text).toMatch(/\nYours faithfully,\n/);
      const toNobody = draft(one({ kind: 'termination-notice', lang: 'en', variant }), nobody).text;
      expect(toNobody).toMatch(/^Dear Sir or Madam,\n/);
      expect(toNobody).toMatch(/\nYours faithfully,\n/);
    }
    const warm = { ...polishClient, recipient: { ...polishClient.recipient, warm: true } };
    expect(draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), warm).text).toMatch(/^Szanowna Pani,\n/);
  });

  it('speaks as "we" for an agency in English too', () => {
    const agency = { ...settingsEn, profile: { ...settingsEn.profile, senderForm: 'we' as const } };
    const text = draft(one({ kind: 'termination-notice', lang: 'en', variant: 'period' }), written(englishClient), { settings: agency }).text;
    expect(text).toContain('Under separate cover, we are sending you our signed notice of termination');
    expect(text).not.toMatch(/\bI (am|will)\b/);
  });

  it('asks about data only while the personal-data step is open', () => {
    const template = one({ kind: 'termination-notice', lang: 'pl', variant: 'period' });
    expect(draft(template, polishClient).text).toContain('zwrócić, czy usunąć');
    const skipped = offboardingFor(polishClient).checklist;
    const result = draft(template, polishClient, { offboarding: { checklist: { ...skipped, 'personal-data': { skipped: true } } } });
    expect(result.text).not.toContain('usunąć');
  });
});

describe('mutual agreement', () => {
  it.each(['mutual-agreement', 'mutual-agreement-confirmation'] as const)('%s: reserves what survives and lets the protokół confirm the handover', (kind) => {
    for (const template of findTemplates(templates, { kind, lang: 'pl' })) {
      const text = draft(template, polishClient).text;
      expect(text, template.id).toContain('co strony potwierdzą protokołem zdawczo-odbiorczym');
      expect(text, template.id).toMatch(/wobec siebie dalszych roszczeń z (tytułu umowy|jej tytułu)/);
      expect(text, template.id).not.toMatch(/wobec siebie wzajemnych|na podstawie protokołu/);
    }
    const pl = draft(one({ kind, lang: 'pl', tone: 'formal' }), polishClient);
    expect(pl.text).toContain('co strony potwierdzą protokołem zdawczo-odbiorczym');
    // Two sentences (review 3, C4): the waiver, then what it does not touch.
    // A claim is excepted, not a payment; copyright is a right, not a duty (review PL5-A5).
    // The release keeps the amounts with their interest and recovery compensation, unbilled work,
    // expenses and intentional damage (review10 PL10-A2), then says what survives.
    expect(pl.text).toMatch(/Z chwilą rozwiązania umowy strony nie będą miały wobec siebie dalszych roszczeń z jej tytułu, z wyjątkiem roszczeń o zapłatę kwot wskazanych w zestawieniu wraz z odsetkami za opóźnienie i rekompensatą za koszty odzyskiwania należności, roszczeń o wynagrodzenie za prace wykonane do dnia rozwiązania umowy, za które nie wystawiono jeszcze faktury, roszczeń o zwrot wydatków poniesionych w związku z wykonywaniem umowy do dnia jej rozwiązania oraz roszczeń o naprawienie szkody wyrządzonej umyślnie\. Rozwiązanie umowy nie narusza jej postanowień, które ze swej natury mają obowiązywać po jej rozwiązaniu/);
    for (const word of ['autorskich praw majątkowych', 'licencji', 'poufności', 'ochrony danych osobowych']) expect(pl.text).toContain(word);
    // The user does not volunteer a liability of its own the release would otherwise take (review10 EN10-B2).
    expect(pl.text).not.toMatch(/odpowiedzialności za (wady|należyte wykonanie)/);
    expect(pl.text).not.toContain('rękojmi');
    expect(draft(one({ kind, lang: 'pl', tone: 'formal' }), dzielo(polishClient)).text).not.toContain('rękojmi');
    expect(pl.text).not.toMatch(/wobec siebie wzajemnych|na podstawie protokołu/);
    const en = draft(one({ kind, lang: 'en', tone: 'formal' }), englishClient);
    // The e-mail proposes the release the termination agreement holds (review10 EN10-B2), keeping
    // unpaid amounts with interest, fees for work not yet invoiced and expenses (review7 EN7-A5).
    expect(en.text).toContain('From the end date, neither party will have any further claim against the other under the agreement, except claims for the amounts in the statement of account, with interest for late payment');
    expect(en.text).toContain('including fees for work done but not yet invoiced');
    expect(en.text).toContain('claims for fees for work done up to the end date that has not yet been invoiced');
    expect(en.text).not.toContain('does not waive any claim');
    expect(en.text).not.toContain('liability for defective work');
    expect(en.text).not.toContain('statutory warranty');
    expect(en.text).toContain('both parties will sign a handover record');
    expect(en.text).not.toMatch(/handover-and-acceptance|receivables and liabilities|by mutual agreement/);
    expect(en.text).not.toContain('our cooperation');
  });

  it('accepts the client\'s proposal cleanly, the further terms only proposed (art. 68, 68¹ k.c.)', () => {
    const pl = draft(one({ kind: 'mutual-agreement-confirmation', lang: 'pl', tone: 'formal' }), polishClient).text;
    // Agreed in principle, made once the further terms are agreed: an unconditional acceptance would
    // conclude it now on terms the record does not hold (art. 66, 70 k.c., review7 PL7-A2).
    expect(pl).toContain('Co do zasady zgadzam się, aby umowa uległa rozwiązaniu z upływem dnia');
    expect(pl).toContain('porozumienie uznam za zawarte po ich uzgodnieniu');
    expect(pl).not.toMatch(/Przyjmuję ją|nie jest od nich uzależnione|na zaproponowanych warunkach/);
    const en = draft(one({ kind: 'mutual-agreement-confirmation', lang: 'en', tone: 'formal' }), englishClient).text;
    // review7 EN7-A4/A11: an English acceptance is in principle and subject to contract, never a binding acceptance of unknown terms.
    expect(en).toContain('I agree in principle to end the agreement on');
    expect(en).toContain('subject to contract: nothing is agreed until both parties have signed a termination agreement');
    expect(en).not.toMatch(/I accept it|acceptance does not depend on them|on the terms you proposed/);
  });

  it('under a written-form clause agrees to the date and leaves the termination to the signed document (art. 77 § 2, 76 k.c.)', () => {
    const pl = draft(one({ kind: 'mutual-agreement-confirmation', lang: 'pl', tone: 'formal' }), written(polishClient)).text;
    expect(pl).toContain('Co do zasady zgadzam się, aby umowa uległa rozwiązaniu z upływem dnia');
    expect(pl).toContain('porozumienie dojdzie do skutku z chwilą podpisania przez obie strony dokumentu, który przygotuję i prześlę');
    expect(pl).not.toMatch(/Przyjmuję ją|umowa ulegnie rozwiązaniu|chyba że/);
    const warm = draft(one({ kind: 'mutual-agreement-confirmation', lang: 'pl', tone: 'warm' }), written(polishClient)).text;
    expect(warm).not.toMatch(/Przyjmuję|umowa ulegnie rozwiązaniu/);
    const en = draft(one({ kind: 'mutual-agreement-confirmation', lang: 'en', tone: 'formal' }), written(englishClient)).text;
    expect(en).toContain('nothing is agreed until both parties have signed a termination agreement');
    expect(en).not.toMatch(/I accept it|will end on|on the terms you proposed/);
    const enWarm = draft(one({ kind: 'mutual-agreement-confirmation', lang: 'en', tone: 'warm' }), written(englishClient)).text;
    expect(enWarm).not.toMatch(/I accept it|will end by mutual consent on/);
  });

  it('never defaults the agreed end date', () => {
    const result = draft(one({ kind: 'mutual-agreement', lang: 'pl', tone: 'formal' }), polishClient, { notice: null });
    expect(result.missing).toContain('agreement.endDate');
    expect(result.text).toContain('Umowa ulegnie rozwiązaniu z upływem dnia ⟨uzgodniona data rozwiązania umowy⟩.');
  });
});

describe('umowa o dzieło', () => {
  const dzieloKinds = ['dzielo-withdrawal', 'dzielo-withdrawal-reply'] as const;

  it.each(dzieloKinds)('%s never says "wypowiadam" nor cites art. 746', (kind) => {
    for (const lang of ['pl', 'en'] as const) {
      for (const template of findTemplates(templates, { kind, lang })) {
        for (const client of [dzielo(polishClient), written(dzielo(polishClient))]) {
          // Under Polish law (recorded for English, where none recorded is not Polish law): outside
          // it, English terminates under a clause the user names (review9-en A4, review9-en.test.ts).
          const polish = lang === 'en' ? { ...client, contract: { ...client.contract, governingLaw: 'pl' as const } } : client;
          const text = draft(template, { ...polish, language: lang }).text;
          expect(text, template.id).not.toMatch(/wypowi|746|notice of termination|terminat/i);
        }
      }
    }
  });

  it('the withdrawal cites art. 640 and the earlier call; the reply cites art. 644 without inventing the fee', () => {
    const call = draft(one({ kind: 'dzielo-withdrawal', lang: 'pl', variant: 'cooperation-call' }), dzielo(polishClient));
    // The party is the company (Kowalska Sp. z o.o.), not the woman who reads the e-mail.
    expect(call.text).toContain('Na podstawie art. 640 k.c. wyznaczam Państwa spółce termin do dnia ⟨odpowiedni termin na współdziałanie (realny dla klienta)⟩');
    expect(call.text).toContain('potrzebne jest współdziałanie Państwa spółki');
    const person = { ...dzielo(polishClient), name: 'Anna Kowalska', company: undefined };
    const toPerson = draft(one({ kind: 'dzielo-withdrawal', lang: 'pl', variant: 'cooperation-call' }), person);
    expect(toPerson.text).toContain('Na podstawie art. 640 k.c. wyznaczam Pani termin do dnia');
    expect(toPerson.text).toContain('potrzebne jest Pani współdziałanie');
    expect(call.missing).toEqual(expect.arrayContaining(['withdrawal.deadline', 'withdrawal.cooperation']));
    const withdrawal = draft(one({ kind: 'dzielo-withdrawal', lang: 'pl', variant: 'withdrawal' }), dzielo(polishClient));
    expect(withdrawal.text).toContain('odstępuję od umowy o dzieło');
    expect(withdrawal.missing).toEqual(expect.arrayContaining(['withdrawal.callSentOn', 'withdrawal.deadline']));
    const reply = draft(one({ kind: 'dzielo-withdrawal-reply', lang: 'en' }), dzielo(englishClient));
    expect(reply.text).toContain('Article 644');
    expect(reply.missing).toEqual(expect.arrayContaining(['withdrawal.fee', 'withdrawal.receivedOn']));
    expect(reply.text).toContain('The agreed fee is ⟨agreed fee⟩.');
  });

  it('suggestions for a dzieło contract never carry a notice, in any labelled situation', () => {
    const banned = new Set(['termination-notice', 'breach-remedy', 'signed-notice-cover', 'non-renewal']);
    let withdrawalOffered = 0;
    for (const scenario of SCENARIOS) {
      const base = scenario.client ?? { ...polishClient, id: 'client-1', language: scenario.lang };
      const client = dzielo(base);
      const offboarding = scenario.offboarding ?? null;
      const list = suggest({ context: scenario.context, client, offboarding, templates, today: scenario.today, sentKinds: scenario.sentKinds.filter((k) => !banned.has(k)) });
      expect(list.filter((s) => banned.has(s.kind)).map((s) => s.kind), scenario.id).toEqual([]);
      for (const suggestion of list) {
        const source = `${suggestion.template.subject}\n${suggestion.template.body}`;
        expect(source, `${scenario.id}: ${suggestion.template.id}`).not.toMatch(/wypowiadam|wypowiadamy|art\. 746|Article 746/);
      }
      if (list.some((s) => s.kind === 'dzielo-withdrawal')) withdrawalOffered += 1;
    }
    expect(withdrawalOffered).toBeGreaterThan(5);
  });

  it('offers the cooperation call first and the withdrawal once the call was sent', () => {
    const client = dzielo(polishClient);
    const talked = { doneAt: '2026-02-01T10:00:00.000Z' };
    const checklist = { ...offboardingFor(client).checklist, analysis: talked, conversation: talked };
    const offboarding = offboardingFor(client, { notice: undefined, checklist });
    const context = emptyThread();
    const first = suggest({ context, client, offboarding, templates, today: TODAY, sentKinds: [] })[0];
    expect(first?.kind).toBe('dzielo-withdrawal');
    expect(first?.template.variant).toBe('cooperation-call');
    const second = suggest({ context, client, offboarding, templates, today: TODAY, sentKinds: ['dzielo-withdrawal'] })[0];
    expect(second?.template.variant).toBe('withdrawal');
    expect(second?.reasons.map((r) => r.code)).toContain('dzielo-cooperation-call-sent');
  });

  it('other contracts never get the dzieło texts', () => {
    for (const scenario of SCENARIOS.filter((s) => s.client?.contract.type !== 'dzielo')) {
      const list = suggest({ context: scenario.context, client: scenario.client ?? null, offboarding: scenario.offboarding ?? null, templates, today: scenario.today, sentKinds: scenario.sentKinds });
      expect(list.map((s) => s.kind).filter((k) => k.startsWith('dzielo')), scenario.id).toEqual([]);
    }
  });
});

describe('call to remedy a breach and non-renewal', () => {
  it('the call threatens the immediate notice and leaves the deadline to the user', () => {
    const pl = draft(one({ kind: 'breach-remedy', lang: 'pl' }), polishClient);
    // The client is a Sp. z o.o.: the company is called on, not its representative.
    expect(pl.text).toContain('wzywam spółkę Kowalska Sp. z o.o. do usunięcia naruszeń umowy i zaprzestania dalszych naruszeń w terminie do dnia ⟨termin na usunięcie naruszeń⟩');
    expect(pl.text).not.toContain('wzywam Panią');
    const soleTrader = { ...polishClient, company: 'Kowalska Design' };
    expect(draft(one({ kind: 'breach-remedy', lang: 'pl' }), soleTrader).text).toContain('wzywam Panią do usunięcia naruszeń');
    expect(pl.text).toContain('wypowiem umowę ze skutkiem natychmiastowym z ważnych powodów (art. 746 § 2 i 3 w zw. z art. 750 k.c.)');
    // The breach is the user's own words for the client, never the internal reason note.
    expect([...pl.missing].sort()).toEqual(['breach.description', 'remedy.deadline']);
    expect(pl.text).not.toContain('zakres prac wykracza');
    expect(pl.text).toContain('Naruszenie umowy: ⟨na czym polega naruszenie umowy przez klienta⟩.');
  });

  it('after the call, the suggested notice is the immediate one', () => {
    const client = polishClient;
    const talked = { doneAt: '2026-02-01T10:00:00.000Z' };
    const offboarding = offboardingFor(client, { notice: undefined, reason: 'breach', checklist: { ...offboardingFor(client).checklist, analysis: talked, conversation: talked } });
    const context = emptyThread();
    const before = suggest({ context, client, offboarding, templates, today: TODAY, sentKinds: [] }).map((s) => s.kind);
    expect(before[0]).toBe('breach-remedy');
    const after = suggest({ context, client, offboarding, templates, today: TODAY, sentKinds: ['breach-remedy'] }).find((s) => s.kind === 'termination-notice');
    expect(after?.template.variant).toBe('immediate');
  });

  it('non-renewal states the recorded end of term, and refuses the renewal only under an auto-renewal clause', () => {
    const plain = draft(one({ kind: 'non-renewal', lang: 'pl', tone: 'formal' }), polishClient);
    expect(plain.text).toContain('Umowa wygaśnie z upływem dnia 30 czerwca 2026 r., kiedy kończy się okres, na który została zawarta.');
    expect(plain.text).not.toContain('nie wyrażam zgody');
    const auto = { ...polishClient, contract: { ...polishClient.contract, nonRenewalNoticeDays: 30 } };
    const refusal = draft(one({ kind: 'non-renewal', lang: 'pl', tone: 'formal' }), auto).text;
    // The renewal clause is named as the notice names the termination clause; unrecorded, it is a slot (review6-en A6).
    // The clause provides for the declaration, it does not command the refusal (review9-pl B3).
    expect(refusal).toContain('Dla uniknięcia wątpliwości składam oświadczenie, o którym mowa w ⟨postanowienie umowy o automatycznym przedłużeniu⟩ umowy: nie wyrażam zgody na przedłużenie umowy na kolejny okres.');
    expect(refusal).not.toContain('zgodnie z ⟨postanowienie umowy o automatycznym przedłużeniu⟩ umowy nie wyrażam');
    // The recorded clause is the termination clause, never cited as the renewal one.
    expect(refusal).not.toContain('§ 7 ust. 2');
    const withClause = { ...auto, contract: { ...auto.contract, renewalClause: '§ 3 ust. 2' } };
    expect(draft(one({ kind: 'non-renewal', lang: 'pl', tone: 'formal' }), withClause).text).toContain('oświadczenie, o którym mowa w § 3 ust. 2 umowy: nie wyrażam zgody');
    const enRenewal = { ...englishClient, contract: { ...englishClient.contract, fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30, renewalClause: 'Clause 3.2' } };
    expect(draft(one({ kind: 'non-renewal', lang: 'en', tone: 'formal' }), enRenewal).text).toContain('hereby give notice under Clause 3.2 of the');
    expect(draft(one({ kind: 'non-renewal', lang: 'en', tone: 'warm' }), enRenewal).text).toContain('notice under Clause 3.2 of the agreement that it will not be renewed');
    // The contract states the days, the tool computes the day (review N-A5 / EN A3). The deadline is
    // met by delivery, not by the day the statement is written (art. 61 § 1 k.c.): the letter says
    // when it must arrive, the computed last day marked as such ("tj."), never "składam w dniu"
    // (review9-pl A1). 30 days before 30 June 2026 is Sunday 31 May: the deadline alert gives Friday
    // 29 May as the safe day (offboarding/deadlines.ts), and only until then is the sentence offered.
    expect(refusal).not.toMatch(/Zgodnie z umową|art\. 115|składam w dniu|w dniu 10 lutego/);
    const compliance = 'Zgodnie z tym postanowieniem oświadczenie powinno dotrzeć do Państwa spółki co najmniej 30 dni przed 30 czerwca 2026 r., tj. najpóźniej 31 maja 2026 r.; przesyłam je z odpowiednim wyprzedzeniem.';
    expect(refusal).toContain(compliance);
    const at = (today: string, client: Client = auto, lang: Lang = 'pl') =>
      renderTemplate(one({ kind: 'non-renewal', lang, tone: 'formal' }), buildVariables({ client, offboarding: offboardingFor(client), settings: lang === 'pl' ? settingsPl : settingsEn, today, lang }), { lang }).text;
    // On Friday 29 May the statement still arrives in time, but not "in good time" (review11 PL C7).
    expect(at('2026-05-29')).toContain('tj. najpóźniej 31 maja 2026 r. (niedziela).');
    expect(at('2026-05-29')).not.toContain('z odpowiednim wyprzedzeniem');
    expect(at('2026-05-30')).not.toContain('powinno dotrzeć');
    expect(at('2026-05-31')).not.toContain('powinno dotrzeć');
    // Under a written-form clause the e-mail is no statement: it claims no compliance.
    expect(at('2026-05-01', written(auto))).not.toContain('powinno dotrzeć');
    expect(at('2026-05-01', written(auto))).toContain('Dla uniknięcia wątpliwości: podpisane oświadczenie jest oświadczeniem, o którym mowa w ⟨postanowienie umowy o automatycznym przedłużeniu⟩ umowy – nie wyrażam zgody na przedłużenie umowy na kolejny okres.');
    const en = at('2026-05-01', { ...auto, language: 'en' }, 'en');
    expect(en).toContain('This notice is given at least 30 days before the end of the term, as that clause requires.');
    expect(en).not.toMatch(/Under the agreement, notice|31 May/);
    const warm = draft(one({ kind: 'non-renewal', lang: 'pl', tone: 'warm' }), auto);
    expect(warm.text).toContain('Dla jasności: niniejszym składam oświadczenie, o którym mowa w ⟨postanowienie umowy o automatycznym przedłużeniu⟩ umowy – nie wyrażam zgody na jej przedłużenie.');
    expect(warm.text).toContain('z upływem dnia 30 czerwca 2026 r.');
    const noTerm = { ...polishClient, contract: { ...polishClient.contract, fixedTermEndsOn: undefined } };
    expect(draft(one({ kind: 'non-renewal', lang: 'en', tone: 'formal' }), { ...noTerm, language: 'en' }).missing).toContain('contract.fixedTermEndsOn');
  });
});

describe("the reply to a client's notice under a written-form clause", () => {
  it('asks for the signed notice and gives no end date for an e-mail, but not for a recorded letter', () => {
    const written = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' as const } };
    const byEmail = draft(one({ kind: 'termination-ack', lang: 'pl', tone: 'formal' }), written, { notice: { servedOn: '2026-02-03', channel: 'email', acknowledgementRequested: true, servedBy: 'client' } });
    expect(byEmail.text).toContain('Umowa zastrzega dla wypowiedzenia formę pisemną pod rygorem nieważności, dlatego do czasu doręczenia oświadczenia podpisanego własnoręcznie lub kwalifikowanym podpisem elektronicznym umowa obowiązuje na dotychczasowych zasadach');
    // An e-mail void as a notice (art. 73 § 1 k.c.) is never acknowledged as one (review6 PL6-A2).
    expect(byEmail.text).not.toMatch(/Szanuję Pani decyzję|rozliczenie końcowe/);
    expect(byEmail.text).not.toContain('zakończy się z upływem dnia');
    const byLetter = draft(one({ kind: 'termination-ack', lang: 'pl', tone: 'formal' }), written, { notice: { servedOn: '2026-02-03', channel: 'letter', acknowledgementRequested: true, servedBy: 'client' } });
    expect(byLetter.text).not.toContain('formy pisemnej');
    expect(byLetter.text).toContain('zakończy się z upływem dnia');
  });
});

describe('a dispute of the client\'s notice of a fixed-term contract with no notice period', () => {
  it('asks for the signed notice under written form and offers no "sooner" than a date not yet given (review EN5-B8, PL5-A4)', () => {
    const fixed = (client: Client): Client => written({ ...client, contract: { ...client.contract, fixedTermEndsOn: '2026-06-30', noticePeriod: {} } });
    const notice: NoticeRecord = { servedOn: '2026-02-03', channel: 'email', acknowledgementRequested: true, servedBy: 'client' };
    const en = draft(one({ kind: 'termination-dispute', lang: 'en' }), fixed(englishClient), { notice }).text;
    // A position, not an invitation to pick any date (review6-en B10).
    // Under Polish mandate rules the client may end it at any time (art. 746 § 1 k.c.): the signed
    // notice is asked for, and it takes effect on delivery (review10 EN10-A1).
    expect(en).toContain('sets no notice period for ending it earlier. The agreement requires notice in writing, so please send me the notice signed by hand or with a qualified electronic signature, with the date on which you want the agreement to end; it will take effect when it reaches me.');
    expect(en).not.toMatch(/regard it as continuing|rest of the term/);
    expect(en).not.toMatch(/sooner|provides for no notice period/);
    expect(en).toContain('if it has been ended without good reason');
    const pl = draft(one({ kind: 'termination-dispute', lang: 'pl' }), fixed(polishClient), { notice }).text;
    expect(pl).toContain('a wypowiedzenie wymaga formy pisemnej – proszę o przesłanie oświadczenia podpisanego własnoręcznie lub kwalifikowanym podpisem elektronicznym, ze wskazaniem dnia zakończenia umowy.');
    expect(pl).not.toMatch(/wcześniejszym zakończeniu|zostanie wypowiedziana/);
    expect(pl).toContain('jeżeli wypowiedzenie nastąpiło bez ważnego powodu');
  });
});
