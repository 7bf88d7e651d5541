/**
 * Review 11, Polish reading: the findings fixed in the Polish templates, each checked at its rule
 * (every scenario the rule covers), where a golden file alone would not say why.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import type { Client, Offboarding } from '../../../offboarding/types';
import { offboardingFor, polishClient, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

function byId(id: string): Template {
  const found = templates.find((template) => template.id === id);
  expect(found, id).toBeDefined();
  return found as Template;
}

function draft(template: Template, client: Client, changes: Partial<Offboarding> = {}, today = TODAY) {
  const vars = buildVariables({ client, offboarding: offboardingFor(client, changes), settings: settingsPl, today, lang: 'pl' });
  return renderTemplate(template, vars, { lang: 'pl' });
}

const dzielo: Client = { ...polishClient, contract: { ...polishClient.contract, type: 'dzielo', title: 'umowa o dzieło nr 3/2025' } };
const MUTUAL = ['mutual-agreement-pl-formal', 'mutual-agreement-confirmation-pl-formal', 'mutual-agreement-confirmation-pl-warm'];

describe('review11-pl A1: the VAT ground for refunding an advance is art. 106j ust. 1 pkt 3 (since SLIM VAT, 2021)', () => {
  it('names the ground by its content, so that the number can be checked', () => {
    for (const id of ['prepayment-refund-pl-formal', 'prepayment-refund-pl-warm']) {
      const when = byId(id).when;
      expect(when, id).toContain('art. 106j ust. 1 pkt 3 ustawy o VAT: zwrot nabywcy całości lub części zapłaty otrzymanej przed wykonaniem usługi');
      // pkt 4 is now "stwierdzono pomyłkę w jakiejkolwiek pozycji faktury", not the refund.
      expect(when, id).not.toContain('pkt 4');
    }
  });
});

describe('review11-pl A2: umowa o dzieło ended by agreement carves out an agreed part-work fee, not "work done up to termination"', () => {
  it('an unfinished dzieło: the part of the work and its fee, an amount the user fills', () => {
    for (const id of MUTUAL) {
      const rendered = draft(byId(id), dzielo, { initiator: 'mutual', reason: 'capacity' });
      expect(rendered.text, id).not.toContain('prace wykonane do dnia rozwiązania umowy');
      expect(rendered.text, id).toMatch(/o zapłatę wynagrodzenia za wykonaną część dzieła w kwocie ⟨kwota wynagrodzenia za wykonaną część dzieła⟩/);
      expect(rendered.text, id).toContain('wykonaną dotąd część dzieła oraz materiały');
      expect(rendered.missing, id).toContain('agreement.partWorkFee');
    }
  });

  it('a finished dzieło: the fee for the work, if not yet invoiced; a services contract keeps work done to the end', () => {
    for (const id of MUTUAL) {
      const finished = draft(byId(id), dzielo, { initiator: 'mutual', reason: 'project-complete' }).text;
      expect(finished, id).toContain('o zapłatę wynagrodzenia za dzieło, jeżeli nie objęła go dotąd faktura');
      expect(finished, id).not.toContain('część dzieła');
      const services = draft(byId(id), polishClient, { initiator: 'mutual' });
      expect(services.text, id).toContain('o wynagrodzenie za prace wykonane do dnia rozwiązania umowy, za które nie wystawiono jeszcze faktury');
      expect(services.missing, id).not.toContain('agreement.partWorkFee');
    }
  });
});

describe('review11-pl B7: surviving clauses remain in force', () => {
  it('the warm confirmation says „pozostają w mocy także po jej rozwiązaniu”, never „bez zmian”', () => {
    const text = draft(byId('mutual-agreement-confirmation-pl-warm'), polishClient, { initiator: 'client' }).text;
    // Stop 34's reading: which clauses survive is not recorded, so they are named as examples, never as the contract's.
    expect(text).toContain('które ze swej natury mają obowiązywać także po jej rozwiązaniu – na przykład dotyczące praw autorskich i licencji, poufności czy ochrony danych osobowych – pozostaną w mocy.');
    expect(text).not.toContain('bez zmian');
  });
});

describe('review11-pl B8: the proposal says when the agreement is concluded', () => {
  it('documentary form: concluded when both parties sign, never the colloquial „do przyjęcia”', () => {
    const text = draft(byId('mutual-agreement-pl-formal'), polishClient).text;
    expect(text).toContain('Jeżeli akceptuje Pani te warunki, przygotuję porozumienie; zostanie ono zawarte z chwilą jego podpisania przez obie strony.');
    expect(text).not.toContain('do przyjęcia');
  });
});

describe('review11-pl C2 / C11 / C12 / C13: titles and wording', () => {
  it('C2: no "systems, accounts" tautology and no „dostępów” in the confirmation', () => {
    const template = one({ kind: 'access-revocation', lang: 'pl', variant: 'confirmation' });
    expect(template.title).not.toContain('dostępów');
    expect(template.subject).not.toContain('dostępów');
    expect(template.body).not.toContain('systemach, kontach i narzędziach');
  });

  it('C11: the check-in titles are no calque of "control message"', () => {
    for (const id of ['check-in-pl-formal', 'check-in-pl-warm']) expect(byId(id).title, id).not.toMatch(/kontroln/);
  });

  it('C12: the correction lowers the corrected invoice\'s gross value, not "the receivable"', () => {
    const body = byId('prepayment-refund-correction-pl-formal').body;
    expect(body).toContain('Korekta obniża wartość brutto faktury korygowanej o {{refund.amount}}.');
    expect(body).not.toContain('należność');
  });

  it('C13: the art. 640 deadline must be adequate; a number of days is guidance, not law', () => {
    const when = byId('dzielo-withdrawal-cooperation-call-pl-formal').when;
    expect(when).toContain('Termin musi być odpowiedni (art. 640 k.c.)');
    expect(when).toContain('to wskazówka, nie wymóg ustawy');
  });
});

const inventory: NonNullable<Offboarding['inventory']> = [
  { id: 'i1', kind: 'files', name: 'Pliki źródłowe projektów (InDesign)', state: 'to-hand-over' },
  { id: 'i2', kind: 'credential', name: 'Login do panelu zamówień drukarni', state: 'to-hand-over', note: 'Zmienić hasło po przekazaniu' },
  { id: 'i3', kind: 'account', name: 'Konto w panelu reklamowym', state: 'to-hand-over' },
  { id: 'i4', kind: 'personal-data', name: 'Lista odbiorców mailingu', state: 'to-hand-over' },
];

describe('review11-pl B4: the access request lists typed names in the nominative, and a credential is handed over, then changed', () => {
  const request = () => one({ kind: 'access-revocation', lang: 'pl', variant: 'request' });

  it('an introducer that takes a nominative list, never „dostępu do:” before a typed name', () => {
    const text = draft(request(), polishClient, { inventory }).text;
    expect(text).toContain('Prośba dotyczy w szczególności następujących pozycji:');
    expect(text).not.toContain('dostępu do:');
    expect(text).toContain('- Login do panelu zamówień drukarni (po przekazaniu proszę o zmianę hasła)');
    expect(text).toMatch(/- Konto w panelu reklamowym\n/);
    // The user's own note is never placed.
    expect(text).not.toContain('Zmienić hasło');
  });

  it('one item: the singular introducer', () => {
    const only = inventory.filter((item) => item.kind === 'credential');
    expect(draft(request(), polishClient, { inventory: only }).text).toContain('Prośba dotyczy w szczególności następującej pozycji:');
  });
});

describe('review11-pl B5: personal data is returned or deleted at the controller\'s choice (art. 28 ust. 3 lit. g RODO)', () => {
  it('the plan and the handover note mark it, for a company and a person', () => {
    for (const id of ['handover-plan-pl-formal', 'handover-complete-pl-formal']) {
      const company = draft(byId(id), polishClient, { inventory }).text;
      expect(company, id).toContain('- Lista odbiorców mailingu (dane osobowe – zwrócę je albo usunę, zależnie od decyzji Państwa spółki)');
      expect(company, id).toContain('- Pliki źródłowe projektów (InDesign)\n');
      const person: Client = { ...polishClient, company: undefined };
      expect(draft(byId(id), person, { inventory }).text, id).toContain('zależnie od Pani decyzji');
    }
  });

  it('the handover note does not promise a handover record for data that may be deleted', () => {
    const text = draft(byId('handover-complete-pl-formal'), polishClient, { inventory }).text;
    expect(text).toContain('Jeżeli dane osobowe zostaną usunięte, a nie zwrócone, potwierdzę to w osobnej wiadomości.');
    const withoutData = draft(byId('handover-complete-pl-formal'), polishClient, { inventory: inventory.filter((item) => item.kind !== 'personal-data') }).text;
    expect(withoutData).not.toContain('dane osobowe');
  });
});

describe('review11-pl B9: a client message states the end date lightly and asks for the day of receipt', () => {
  // An e-mail notice sent on Saturday 28 March 2026, delivery not recorded: the end date hangs on
  // the day it reached the client (art. 61 k.c.); the sidebar tells the user both dates.
  const saturday = { notice: { servedOn: '2026-03-28', channel: 'email' as const, acknowledgementRequested: true, servedBy: 'we' as const } };
  const twoWeeks: Client = { ...polishClient, company: undefined, contract: { ...polishClient.contract, noticePeriod: { weeks: 2 }, fixedTermEndsOn: undefined } };
  const today = '2026-04-02';

  it('retention replies: one light condition and a request, no "if it reached you later" memo', () => {
    const formal = draft(byId('retention-reply-pl-formal'), twoWeeks, saturday, today).text;
    expect(formal).toContain('Umowa ulegnie rozwiązaniu z upływem dnia 11 kwietnia 2026 r., jeżeli wypowiedzenie z dnia 28 marca 2026 r. dotarło do Pani w dniu wysłania; proszę o potwierdzenie, w którym dniu je Pani otrzymała.');
    const warm = draft(byId('retention-reply-pl-warm'), twoWeeks, saturday, today).text;
    expect(warm).toContain('nasza współpraca zakończy się 11 kwietnia 2026 r., jeśli wypowiedzenie dotarło do Pani w dniu wysłania – będę wdzięczny za krótką informację, kiedy dotarło.');
    for (const text of [formal, warm]) {
      expect(text).not.toMatch(/dotarło później|liczy się od dnia/);
    }
  });

  it('the handover plan: its assumption (still visible: the date hangs on it) and the request, never „a umowa ulegnie więc”', () => {
    const text = draft(byId('handover-plan-pl-formal'), twoWeeks, saturday, today).text;
    expect(text).toContain('Plan zakłada, że wypowiedzenie z dnia 28 marca 2026 r. dotarło do Pani w dniu wysłania, a umowa ulegnie rozwiązaniu z upływem dnia 11 kwietnia 2026 r.; proszę o potwierdzenie, w którym dniu je Pani otrzymała.');
    expect(text).not.toContain('więc');
  });
});
