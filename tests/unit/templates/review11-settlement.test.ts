/**
 * Review 11, the settlement message (PL A2, C8, B14 and their English twins): what it says of work
 * not yet invoiced follows the contract type and how the contract ends, and the art. 644 claim reads
 * as one plain sentence. Each test fails on the old text.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { unbilledWorkCase } from '../../../templates/unbilled-work';
import type { Client, Contract, Lang, Offboarding, SenderForm, Settings } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function byId(id: string): Template {
  const found = templates.find((template) => template.id === id);
  expect(found, id).toBeDefined();
  return found as Template;
}

const withContract = (client: Client, contract: Partial<Contract>, extra: Partial<Client> = {}): Client => ({ ...client, ...extra, contract: { ...client.contract, ...contract } });

const dzieloPl = withContract(polishClient, { type: 'dzielo', title: 'umowa o dzieło nr 3/2025', noticePeriod: {}, fixedTermEndsOn: undefined });
const dzieloEn = withContract(englishClient, { type: 'dzielo', title: 'Software Development Agreement', noticePeriod: {}, fixedTermEndsOn: undefined });

/** A settlement with nothing invoiced and no final invoice, so the sentence on unbilled work shows. */
function settlement(lang: Lang, client: Client | undefined, changes: Partial<Offboarding> = {}, options: { senderForm?: SenderForm | null; overrides?: Record<string, string>; today?: string } = {}) {
  const base: Settings = lang === 'pl' ? settingsPl : settingsEn;
  const senderForm = options.senderForm === null ? undefined : (options.senderForm ?? base.profile.senderForm);
  const settings: Settings = { ...base, profile: { ...base.profile, senderForm } };
  const vars = buildVariables({
    client,
    offboarding: client ? offboardingFor(client, { settlement: [], ...changes }) : undefined,
    settings,
    today: options.today ?? TODAY,
    lang,
    overrides: options.overrides,
  });
  return renderTemplate(byId(`settlement-${lang}-formal`), vars, { lang });
}

const OLD_PL = 'Prace wykonane do dnia rozwiązania umowy, nieobjęte wystawionymi dotąd fakturami';
const OLD_EN = 'Work done up to the end of the agreement and not yet invoiced';
const clientWithdrawal: Partial<Offboarding> = {
  initiator: 'client',
  reason: 'client-decision',
  notice: { servedOn: '2026-02-02', channel: 'email', acknowledgementRequested: false, servedBy: 'client' },
};

describe('review11 PL A2: an umowa o dzieło ended unfinished announces no invoice for "work done"', () => {
  const endings: Array<[string, Partial<Offboarding>]> = [
    ['the contractor ended it for capacity', { reason: 'capacity' }],
    ['the contractor withdrew (art. 640, the client did not cooperate)', { reason: 'other' }],
    ['the parties agreed', { initiator: 'mutual', reason: 'scope-change', notice: undefined }],
  ];

  for (const [label, changes] of endings) {
    it(`${label}: the part-work fee is an amount the user proposes, a missing value until typed`, () => {
      const pl = settlement('pl', dzieloPl, changes);
      expect(pl.text).not.toContain(OLD_PL);
      expect(pl.text).toContain('Wynagrodzenie za część dzieła wykonaną do dnia zakończenia współpracy proponuję ustalić na kwotę ⟨kwota wynagrodzenia za wykonaną część dzieła⟩; proszę o potwierdzenie, czy ta kwota jest do przyjęcia. Po jej uzgodnieniu wystawię odrębną fakturę.');
      expect(pl.missing).toContain('agreement.partWorkFee');

      const en = settlement('en', dzieloEn, changes);
      expect(en.text).not.toContain(OLD_EN);
      expect(en.text).toContain('For the work completed up to the end date, I propose a fee of ⟨fee for the work completed⟩. Please let me know whether you accept it; I will then invoice it separately.');
      expect(en.missing).toContain('agreement.partWorkFee');
    });
  }

  it('the typed fee is printed and no longer missing; an agency proposes as "we"', () => {
    const pl = settlement('pl', dzieloPl, { reason: 'capacity' }, { senderForm: 'we', overrides: { 'agreement.partWorkFee': '12 000,00 zł' } });
    expect(pl.text).toContain('Wynagrodzenie za część dzieła wykonaną do dnia zakończenia współpracy proponujemy ustalić na kwotę 12 000,00 zł; prosimy o potwierdzenie, czy ta kwota jest do przyjęcia. Po jej uzgodnieniu wystawimy odrębną fakturę.');
    expect(pl.missing).not.toContain('agreement.partWorkFee');
    const en = settlement('en', dzieloEn, { reason: 'capacity' }, { senderForm: 'we', overrides: { 'agreement.partWorkFee': 'PLN 12,000.00' } });
    expect(en.text).toContain('For the work completed up to the end date, we propose a fee of PLN 12,000.00. Please let us know whether you accept it; we will then invoice it separately.');
  });

  it('a completed work: its fee, not "work up to termination", goes on the final invoice (art. 642 § 1 k.c.)', () => {
    const pl = settlement('pl', dzieloPl, { reason: 'project-complete' });
    expect(pl.text).not.toContain(OLD_PL);
    expect(pl.text).toContain('Wynagrodzenie za dzieło, o ile nie objęła go dotąd faktura, rozliczę fakturą końcową.');
    expect(pl.missing).not.toContain('agreement.partWorkFee');
    const en = settlement('en', dzieloEn, { reason: 'project-complete' });
    expect(en.text).toContain('Any part of the fee for the work not yet invoiced will go on my final invoice.');
  });

  it("the client's withdrawal keeps its own paragraph and no sentence on unbilled work", () => {
    const pl = settlement('pl', dzieloPl, clientWithdrawal);
    expect(pl.text).not.toContain('Prace wykonane');
    expect(pl.text).not.toContain('proponuję ustalić');
    expect(pl.text).toContain('art. 644 k.c.');
    expect(unbilledWorkCase(dzieloPl, offboardingFor(dzieloPl, clientWithdrawal))).toBe('client-withdrew');
  });

  it('services and zlecenie ended by notice still bill the work up to termination, with the sender form unknown as a choice', () => {
    expect(settlement('pl', polishClient).text).toContain(`${OLD_PL}, rozliczę fakturą końcową.`);
    expect(settlement('en', englishClient).text).toContain(`${OLD_EN} will go on my final invoice.`);
    const unknownForm = settlement('pl', polishClient, {}, { senderForm: null });
    expect(unknownForm.text).toContain(`${OLD_PL}, ⟨rozliczę / rozliczymy⟩ fakturą końcową.`);
    expect(unknownForm.missing).toContain('sender.form');
  });
});

describe('review11 PL C8: a fixed term that runs out expires, it is not terminated', () => {
  const retainerPl = withContract(polishClient, { noticePeriod: {}, fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30 });
  const retainerEn = withContract(englishClient, { noticePeriod: {}, fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30 });

  it('non-renewal given: the work is counted up to the expiry, on its date', () => {
    const pl = settlement('pl', retainerPl, {}, { senderForm: 'we' });
    expect(pl.text).not.toContain(OLD_PL);
    expect(pl.text).toContain('Prace wykonane do dnia wygaśnięcia umowy (30 czerwca 2026 r.), nieobjęte wystawionymi dotąd fakturami, rozliczymy fakturą końcową.');
    const en = settlement('en', retainerEn, {});
    expect(en.text).not.toContain(OLD_EN);
    expect(en.text).toContain('Work done up to the expiry of the agreement on 30 June 2026 and not yet invoiced will go on my final invoice.');
  });

  it('no non-renewal given yet: the term would renew, so no expiry is stated (review of stop 33, EN 13)', () => {
    expect(unbilledWorkCase(retainerPl, offboardingFor(retainerPl, { notice: undefined }))).toBe('ends');
    const pl = settlement('pl', retainerPl, { notice: undefined }, { senderForm: 'we' });
    expect(pl.text).not.toContain('wygaśnięcia');
    expect(pl.text).toContain('Prace wykonane do dnia zakończenia umowy, nieobjęte wystawionymi dotąd fakturami, rozliczymy fakturą końcową.');
    const en = settlement('en', retainerEn, { notice: undefined });
    expect(en.text).not.toContain('expiry');
    expect(en.text).toContain('Work done up to the end of the agreement and not yet invoiced will go on my final invoice.');
  });

  it('a recorded non-renewal statement (no notice period) still lets the term expire', () => {
    expect(unbilledWorkCase(retainerPl, offboardingFor(retainerPl))).toBe('expires');
  });

  it('a fixed term ended early by notice under a notice period, or by agreement, is terminated', () => {
    // polishClient: a fixed term to 30 June 2026 with one month's notice, served by the sender.
    expect(unbilledWorkCase(polishClient, offboardingFor(polishClient))).toBe('terminated');
    expect(settlement('pl', polishClient).text).toContain(OLD_PL);
    const mutual = offboardingFor(retainerPl, { initiator: 'mutual', notice: undefined });
    expect(unbilledWorkCase(retainerPl, mutual)).toBe('terminated');
  });
});

describe('review11 PL B14: the art. 644 claim in one plain sentence, the citation before the right', () => {
  it('Polish: the recipient withdrew, the sender saved; no parentheses', () => {
    const settingsF = { senderForm: 'f' as const };
    const pani = settlement('pl', withContract(dzieloPl, {}, { company: 'Kowalska Design' }), clientWithdrawal, settingsF).text;
    expect(pani).toContain('Ponieważ odstąpiła Pani od umowy przed ukończeniem dzieła, zgodnie z art. 644 k.c. przysługuje mi umówione wynagrodzenie w kwocie ⟨umówione wynagrodzenie⟩, pomniejszone o kwotę ⟨kwota zaoszczędzona wskutek niewykonania dzieła⟩, którą zaoszczędziłam wskutek niewykonania dzieła. Kwoty już zafakturowane zaliczam na poczet tego wynagrodzenia, a pozostałą część zafakturuję odrębnie.');
    expect(pani).not.toContain('(art. 644 k.c.)');
    expect(pani).not.toContain('Ponadto, ponieważ odstąpienie nastąpiło');

    // A company with a legal form is the party: its withdrawal, as the first paragraph says.
    const company = settlement('pl', dzieloPl, clientWithdrawal, { senderForm: 'we', overrides: { 'withdrawal.fee': '20 000,00 zł', 'withdrawal.savings': '3 000,00 zł' } }).text;
    expect(company).toContain('Ponieważ Państwa spółka odstąpiła od umowy przed ukończeniem dzieła, zgodnie z art. 644 k.c. przysługuje nam umówione wynagrodzenie w kwocie 20 000,00 zł, pomniejszone o kwotę 3 000,00 zł, którą zaoszczędziliśmy wskutek niewykonania dzieła. Kwoty już zafakturowane zaliczamy na poczet tego wynagrodzenia');

    const pan = settlement('pl', withContract(dzieloPl, {}, { company: 'Meble Zieliński', recipient: { form: 'pan', firstName: 'Paweł', lastName: 'Zieliński', warm: false } }), clientWithdrawal, { senderForm: 'm' }).text;
    expect(pan).toContain('Ponieważ odstąpił Pan od umowy przed ukończeniem dzieła, zgodnie z art. 644 k.c. przysługuje mi');
    expect(pan).toContain('którą zaoszczędziłem wskutek');

    // Under another law no article is cited.
    const otherLaw = settlement('pl', withContract(dzieloPl, { governingLaw: 'other' }), clientWithdrawal).text;
    expect(otherLaw).not.toContain('art. 644');
    expect(otherLaw).toContain('przed ukończeniem dzieła, przysługuje mi umówione wynagrodzenie w kwocie');
  });

  it('English: the Code entitles the sender to the fee, with no citation wedged between verb and object', () => {
    const en = settlement('en', dzieloEn, clientWithdrawal, { overrides: { 'withdrawal.fee': 'PLN 20,000.00', 'withdrawal.savings': 'PLN 3,000.00' } }).text;
    expect(en).toContain('As you withdrew before the work was completed, Article 644 of the Polish Civil Code entitles me to the agreed fee of PLN 20,000.00, less the PLN 3,000.00 I have saved by not completing the work. The amounts already invoiced under the agreement count towards that fee: I will invoice only the remainder separately.');
    expect(en).not.toContain('claim, under Article 644');
    expect(en).not.toContain('(PLN 3,000.00)');
    const otherLaw = settlement('en', withContract(dzieloEn, { governingLaw: 'other' }), clientWithdrawal, { senderForm: 'we' }).text;
    expect(otherLaw).toContain('As you withdrew before the work was completed, we claim the agreed fee of ⟨agreed fee⟩, less the ⟨amount saved by not completing the work⟩ we have saved by not completing the work');
    expect(otherLaw).not.toContain('Article 644');
  });
});

describe('the settlement bodies stay within the built-in limit', () => {
  it('each is at most 4 000 characters', () => {
    for (const id of ['settlement-pl-formal', 'settlement-en-formal']) expect(byId(id).body.length, id).toBeLessThanOrEqual(4000);
  });
});
