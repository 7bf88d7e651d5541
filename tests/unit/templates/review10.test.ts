/**
 * Review 10 (notes/review10): the rules each fix settles, checked on the built-in templates rendered
 * for the shared fixture clients.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import type { Client, Lang, Offboarding } from '../../../offboarding/types';
import { conversation, englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY, typedValues, userValues } from './fixtures';

const templates = builtInTemplates();

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

function render(template: Template, client: Client, changes: Partial<Offboarding> = {}, today = TODAY) {
  const lang: Lang = template.lang;
  const vars = buildVariables({
    client,
    offboarding: offboardingFor(client, changes),
    settings: lang === 'pl' ? settingsPl : settingsEn,
    context: conversation,
    today,
    lang,
    tone: template.tone,
    overrides: { ...typedValues(lang), ...userValues[lang] },
  });
  return renderTemplate(template, vars, { lang });
}

const clientFor = (lang: Lang): Client => (lang === 'pl' ? polishClient : englishClient);
const twoWeeks = (client: Client): Client => ({ ...client, contract: { ...client.contract, noticePeriod: { weeks: 2 }, endOfMonth: false, requiredForm: 'documentary' } });
const monthEnd = (client: Client): Client => ({ ...client, contract: { ...client.contract, noticePeriod: { months: 1 }, endOfMonth: true, requiredForm: 'documentary' } });

describe('PL10-A1 / EN10-B5: an end date that hangs on the delivery day is never stated as a fact', () => {
  // An e-mail notice sent on Saturday 28 March 2026: 11 April if it counts from that day, 13 April from Monday.
  const saturday = { notice: { servedOn: '2026-03-28', channel: 'email' as const, acknowledgementRequested: true, servedBy: 'we' as const } };
  // The condition the date hangs on: delivery on the day it was sent.
  const condition: Record<Lang, RegExp> = {
    pl: /dotarło do (Pana|Pani|Państwa|Państwa spółki) w dniu(,| wysłania)/,
    en: /(if that was|reached you( on)?) the day (I|we) sent it/,
  };

  for (const lang of ['pl', 'en'] as const) {
    for (const [kind, tone] of [['retention-reply', 'formal'], ['retention-reply', 'warm'], ['handover-plan', 'formal']] as const) {
      it(`${kind} ${lang} ${tone}: hedged after a Saturday e-mail, plain once delivery is settled`, () => {
        const template = one({ kind, lang, tone });
        const hedged = render(template, twoWeeks(clientFor(lang)), saturday, '2026-04-01').text;
        expect(hedged).toContain(lang === 'pl' ? '11 kwietnia 2026 r.' : '11 April 2026');
        expect(hedged).toMatch(condition[lang]);
        const acknowledged = { notice: { ...saturday.notice, acknowledgedOn: '2026-03-28' } };
        const plain = render(template, twoWeeks(clientFor(lang)), acknowledged, '2026-04-01').text;
        expect(plain).toContain(lang === 'pl' ? '11 kwietnia 2026 r.' : '11 April 2026');
        expect(plain).not.toMatch(condition[lang]);
      });
    }
  }

  it('under an end-of-month rule a later delivery in the same month changes nothing: the date is stated', () => {
    const thursday = { notice: { servedOn: '2026-03-05', channel: 'email' as const, acknowledgementRequested: true, servedBy: 'we' as const } };
    const text = render(one({ kind: 'retention-reply', lang: 'pl', tone: 'formal' }), monthEnd(polishClient), thursday, '2026-03-10').text;
    expect(text).toContain('o zakończeniu współpracy z upływem dnia 30 kwietnia 2026 r.');
  });
});

describe('PL10-B2: the retention reply states no premise the record does not hold', () => {
  const template = () => one({ kind: 'retention-reply', lang: 'pl', tone: 'formal' });
  it('a finished project is the reason given when it is the recorded reason', () => {
    const text = render(template(), polishClient, { reason: 'project-complete' }).text;
    expect(text).toContain('projekt, dla którego nawiązaliśmy współpracę, został zakończony');
    expect(text).not.toMatch(/trudności|dłuższej oceny/);
  });
  it('the sender\'s capacity is not turned into a verdict on the work', () => {
    const text = render(template(), polishClient, { reason: 'capacity' }).text;
    expect(text).toContain('z moich obecnych możliwości, a nie z oceny naszej współpracy');
  });
  it('any other reason: no reason sentence at all', () => {
    const text = render(template(), polishClient, { reason: 'fit' }).text;
    expect(text).not.toMatch(/Wynika ona z/);
  });
});

describe('PL10-A2 / EN10-B2: the mutual release keeps interest, recovery compensation, expenses and what the law does not let go', () => {
  const kinds = ['mutual-agreement', 'mutual-agreement-confirmation'] as const;
  for (const kind of kinds) {
    it(`${kind} pl formal`, () => {
      const text = render(one({ kind, lang: 'pl', tone: 'formal' }), polishClient).text;
      expect(text).toContain('wraz z odsetkami za opóźnienie');
      expect(text).toContain('roszczeń o zwrot wydatków');
      expect(text).toMatch(/roszczeń o naprawienie szkody wyrządzonej umyślnie|roszczeń, których nie można wyłączyć z mocy prawa/);
      expect(text).not.toContain('odpowiedzialności za należyte wykonanie');
    });
    it(`${kind} en formal: the release matches the termination agreement, not "no waiver"`, () => {
      const text = render(one({ kind, lang: 'en', tone: 'formal' }), englishClient).text;
      expect(text).toContain('neither party will have any further claim against the other under the agreement, except');
      expect(text).toContain('with interest for late payment');
      expect(text).toContain('claims for expenses incurred in performing the agreement');
      expect(text).not.toContain('does not waive any claim');
      expect(text).not.toContain('liability for defective work');
    });
  }
  it('mutual-agreement-confirmation pl warm', () => {
    const text = render(one({ kind: 'mutual-agreement-confirmation', lang: 'pl', tone: 'warm' }), polishClient).text;
    expect(text).toContain('(wraz z odsetkami za ewentualne opóźnienie');
    expect(text).toContain('o zwrot wydatków');
  });
});

describe('EN10-A2: after the client withdraws from an umowa o dzieło the settlement carries the art. 644 k.c. claim', () => {
  const dzieloWithdrawn = (client: Client): Client => ({ ...client, contract: { ...client.contract, type: 'dzielo', governingLaw: 'pl' } });
  const withdrawal = { initiator: 'client' as const, reason: 'client-decision' as const, notice: { servedOn: '2026-02-06', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'client' as const } };
  for (const lang of ['pl', 'en'] as const) {
    it(`settlement ${lang}: the agreed fee less savings, not "work up to the end of the agreement"`, () => {
      const text = render(one({ kind: 'settlement', lang }), dzieloWithdrawn(clientFor(lang)), withdrawal).text;
      // Review11 PL B14: the citation leads the right, never wedged between verb and object.
      expect(text).toContain(lang === 'pl' ? 'zgodnie z art. 644 k.c. przysługuje mi umówione wynagrodzenie' : 'Article 644 of the Polish Civil Code entitles me to the agreed fee');
      expect(text).toContain(lang === 'pl' ? 'od umowy w dniu 6 lutego 2026 r.' : 'withdrawal from the');
      expect(text).not.toMatch(/Work done up to the end of the agreement|Prace wykonane do dnia rozwiązania umowy|coming to an end/);
    });
    it(`settlement ${lang}: a services contract keeps the final-invoice sentence`, () => {
      const text = render(one({ kind: 'settlement', lang }), clientFor(lang), withdrawal).text;
      expect(text).not.toMatch(/644/);
    });
  }
});

describe('PL10-B3: no message tells a client who still owes money that everything is settled', () => {
  for (const lang of ['pl', 'en'] as const) {
    it(`closing-thanks ${lang} formal: open money changes the closing line`, () => {
      const owes = render(one({ kind: 'closing-thanks', lang, tone: 'formal' }), clientFor(lang)).text;
      expect(owes).toContain(lang === 'pl' ? 'Po zaksięgowaniu ostatnich płatności' : 'Once the last payments have been received');
      expect(owes).not.toMatch(/zostały zamknięte ku|wrapped up to your satisfaction/);
      const paid = render(one({ kind: 'closing-thanks', lang, tone: 'formal' }), clientFor(lang), { settlement: [] }).text;
      expect(paid).toMatch(/zostały zamknięte ku|wrapped up to your satisfaction/);
    });
  }
  it('the favour requests say when they fit: not before the money owed is paid', () => {
    for (const kind of ['feedback-request', 'testimonial-request', 'referral-request'] as const) {
      for (const template of templates.filter((template) => template.kind === kind)) {
        expect(template.when, template.id).toMatch(template.lang === 'pl' ? /po uregulowaniu należności/ : /money owed has been paid/);
      }
    }
  });
});

describe('PL10-B2 / EN10-B13: the conversation request for a finished project, and availability rather than capacity', () => {
  for (const lang of ['pl', 'en'] as const) {
    for (const tone of ['formal', 'warm'] as const) {
      it(`conversation-request ${lang} ${tone}: project-complete names no difficulties`, () => {
        const text = render(one({ kind: 'conversation-request', lang, tone }), clientFor(lang), { reason: 'project-complete' }).text;
        expect(text).toMatch(lang === 'pl' ? /zamknięci/ : /(close it|wrapping it up)/);
        expect(text).not.toMatch(/trudności|nie układają się|issues|haven't been going/);
      });
    }
  }
});

describe('PL10-B4 / EN10-B6: the settlement names only what the record holds and asks for payment by a date', () => {
  const undated = { settlement: [{ id: 's1', direction: 'receivable' as const, description: 'Wdrożenie sklepu', amountMinor: 1_250_000, currency: 'PLN' as const, paid: false }] };
  for (const lang of ['pl', 'en'] as const) {
    it(`settlement ${lang}: no placeholder dash, and a deadline the user sets for an amount with no due date`, () => {
      const draft = render(one({ kind: 'settlement', lang }), clientFor(lang), undated);
      expect(draft.text).not.toMatch(/ – — | — – |nr — /);
      expect(draft.missing).toContain('payment.requestedBy');
      expect(draft.text).toMatch(lang === 'pl' ? /o zapłatę do dnia ⟨/ : /Please pay by ⟨/);
      if (lang === 'pl') expect(draft.text).toMatch(/\n- Wdrożenie sklepu – 12\s500,00\szł – do zapłaty\n/);
    });
  }
});

describe('PL10-B5: the pre-court demand identifies the debtor and the contract', () => {
  const overdue = { settlement: [{ id: 's1', direction: 'receivable' as const, description: 'Wdrożenie sklepu', invoiceNo: 'FV/1/2026', dueOn: '2026-01-20', amountMinor: 1_250_000, currency: 'PLN' as const, paid: false }] };
  for (const lang of ['pl', 'en'] as const) {
    it(`payment-demand ${lang}: the contract by name and date, the debtor by name when not a company`, () => {
      const person: Client = { ...clientFor(lang), company: undefined };
      const draft = render(templates.find((template) => template.id === `payment-demand-${lang}-formal`) as Template, person, overdue);
      // English names the person in the salutation and writes "you owe me", never "The debtor is" (review11-en B4).
      expect(draft.text).toMatch(lang === 'pl' ? /Dłużnikiem jest .+, a podstawą roszczenia – .+ z dnia / : /the .+ you owe me under the .+ dated .+ for the following invoice:/);
    });
  }
});
