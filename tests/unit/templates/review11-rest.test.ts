/**
 * Review 11, the rest (issue 12): the English twins of the Polish review11 fixes (A2, B4, B5, B9), the
 * conversation request's reason (EN B8), a company's partners (PL C9), "in the meantime" (EN C4) and
 * counts with their nouns in the handover note. Each is checked at its rule, in both languages where
 * both had the defect.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { itemCountInWords, polishCardinal } from '../../../templates/count-words';
import type { Client, Lang, Offboarding } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function byId(id: string): Template {
  const found = templates.find((template) => template.id === id);
  expect(found, id).toBeDefined();
  return found as Template;
}

function draft(id: string, client: Client, changes: Partial<Offboarding> = {}, today = TODAY) {
  const lang: Lang = id.includes('-pl-') ? 'pl' : 'en';
  const vars = buildVariables({ client, offboarding: offboardingFor(client, changes), settings: lang === 'pl' ? settingsPl : settingsEn, today, lang });
  return renderTemplate(byId(id), vars, { lang });
}

const englishDzielo: Client = { ...englishClient, contract: { ...englishClient.contract, type: 'dzielo', title: 'contract for specific work No. 3/2025' } };
const MUTUAL_EN = ['mutual-agreement-en-formal', 'mutual-agreement-confirmation-en-formal', 'mutual-agreement-confirmation-en-warm'];

describe('A2 (English twin): a contract for specific work ended by agreement carves out an agreed part-work fee', () => {
  it('an unfinished work: the part of the work and its agreed fee, a value the user fills; never "work done up to the end date"', () => {
    for (const id of MUTUAL_EN) {
      const rendered = draft(id, englishDzielo, { initiator: 'mutual', reason: 'capacity' });
      expect(rendered.text, id).not.toMatch(/work done up to the end date|work up to the end date|work done but not yet invoiced/);
      expect(rendered.text, id).toContain('a fee of ⟨fee for the work completed⟩ for the work completed up to the end date');
      expect(rendered.text, id).toMatch(/hand over the work (completed up to that date|done so far)/);
      expect(rendered.missing, id).toContain('agreement.partWorkFee');
    }
  });

  it('a finished work: the fee for the work if not yet invoiced; a services agreement keeps work done up to the end date', () => {
    for (const id of MUTUAL_EN) {
      const finished = draft(id, englishDzielo, { initiator: 'mutual', reason: 'project-complete' });
      expect(finished.text, id).toContain('the fee for the work, if it has not yet been invoiced');
      expect(finished.text, id).not.toContain('part of the work');
      expect(finished.missing, id).not.toContain('agreement.partWorkFee');
      const services = draft(id, englishClient, { initiator: 'mutual' });
      expect(services.text, id).toMatch(/work done up to the end date|work up to the end date/);
      expect(services.missing, id).not.toContain('agreement.partWorkFee');
    }
  });
});

const inventory: NonNullable<Offboarding['inventory']> = [
  { id: 'i1', kind: 'files', name: 'Source files (InDesign)', state: 'to-hand-over' },
  { id: 'i2', kind: 'credential', name: "Login to the printer's order portal", state: 'to-hand-over', note: 'change after handover' },
  { id: 'i3', kind: 'account', name: 'Ads manager account', state: 'to-hand-over' },
  { id: 'i4', kind: 'personal-data', name: 'Newsletter mailing list', state: 'to-hand-over' },
];

describe('B4 (English twin): a credential still to be handed over is no access to revoke', () => {
  it('the request asks for the password to be changed after the handover; an account stays as it is', () => {
    const text = draft('access-revocation-request-en-formal', englishClient, { inventory }).text;
    expect(text).toContain("- Login to the printer's order portal (once I have handed it over, please change the password)");
    expect(text).toMatch(/- Ads manager account\n/);
    expect(text).not.toContain('change after handover');
  });
});

describe('B5 (English twin): personal data are returned or deleted at the controller\'s choice (Art. 28(3)(g) GDPR)', () => {
  it('the plan and the handover note mark the data, and the note promises no handover record for deleted data', () => {
    for (const id of ['handover-plan-en-formal', 'handover-complete-en-formal']) {
      const text = draft(id, englishClient, { inventory }).text;
      expect(text, id).toContain('- Newsletter mailing list (personal data: I will return or delete it, as you choose)');
      expect(text, id).toContain('- Source files (InDesign)\n');
    }
    const note = draft('handover-complete-en-formal', englishClient, { inventory }).text;
    expect(note).toContain('If you choose deletion rather than return of the personal data, I will confirm the deletion in a separate message.');
    const withoutData = draft('handover-complete-en-formal', englishClient, { inventory: inventory.filter((item) => item.kind !== 'personal-data') }).text;
    expect(withoutData).not.toContain('personal data');
  });
});

describe('B9 (English twin): the end date stated lightly, with a request to confirm the day of receipt', () => {
  // An e-mail notice sent on Saturday 28 March 2026, delivery not recorded (art. 61 k.c.).
  const saturday = { notice: { servedOn: '2026-03-28', channel: 'email' as const, acknowledgementRequested: true, servedBy: 'we' as const } };
  const twoWeeks: Client = { ...englishClient, contract: { ...englishClient.contract, noticePeriod: { weeks: 2 }, fixedTermEndsOn: undefined } };
  const today = '2026-04-02';

  it('retention replies: one condition and a request, no rule on when the period runs', () => {
    const formal = draft('retention-reply-en-formal', twoWeeks, saturday, today).text;
    expect(formal).toContain('Our engagement will end on 11 April 2026 if my notice of 28 March 2026 reached you on the day I sent it; please could you confirm the date on which you received it?');
    const warm = draft('retention-reply-en-warm', twoWeeks, saturday, today).text;
    expect(warm).toContain('so we will wrap up on 11 April 2026, if my notice reached you the day I sent it. Could you let me know when it arrived?');
    for (const text of [formal, warm]) expect(text).not.toMatch(/runs from the day|when the notice period ends/);
  });

  it('the handover plan: its assumption and the request', () => {
    const text = draft('handover-plan-en-formal', twoWeeks, saturday, today).text;
    expect(text).toContain('The plan assumes that my notice of 28 March 2026 reached you on the day I sent it and that the agreement therefore ends on 11 April 2026; please could you confirm the date on which you received it?');
    expect(text).not.toContain('so that');
  });
});

describe('EN B8 and its Polish twin: the warm conversation request follows from its reason', () => {
  it('a finished project: no "exactly why" / „właśnie dlatego”, and what follows fits a finished project', () => {
    const en = draft('conversation-request-en-warm', englishClient, { reason: 'project-complete' }).text;
    expect(en).not.toContain('exactly why');
    expect(en).toContain('It matters to me that we finish it well');
    expect(en).not.toContain('hear your side first');
    const pl = draft('conversation-request-pl-warm', polishClient, { reason: 'project-complete' }).text;
    // words12: no „a ponieważ …” after a comma; two sentences, as a native writes them.
    expect(pl).toContain('bardzo cenię naszą współpracę. Projekt dobiega końca, więc chciałbym porozmawiać o jego zamknięciu i o tym, co dalej.');
    expect(pl).not.toContain('a ponieważ');
    expect(pl).not.toContain('właśnie dlatego');
  });

  it('capacity: openness about capacity follows from valuing the work, with no „właśnie dlatego”', () => {
    const pl = draft('conversation-request-pl-warm', polishClient, { reason: 'capacity' }).text;
    expect(pl).toContain('bardzo cenię naszą współpracę, dlatego chciałbym otwarcie porozmawiać o zmianach w moich możliwościach i o tym, co oznaczają');
    expect(pl).not.toContain('właśnie dlatego');
    expect(draft('conversation-request-en-warm', englishClient, { reason: 'capacity' }).text).not.toContain('exactly why');
  });

  it('the generic reason keeps "exactly why": valuing the work is why the problems are raised', () => {
    expect(draft('conversation-request-pl-warm', polishClient, { reason: 'fit' }).text).toContain('i właśnie dlatego chciałbym szczerze porozmawiać o kilku sprawach');
    expect(draft('conversation-request-en-warm', englishClient, { reason: 'fit' }).text).toContain('that is exactly why');
  });
});

describe('PL C9: a company has business partners, not only friends', () => {
  const company: Client = { ...polishClient, recipient: { form: 'panstwo', warm: true } };
  // words12: "friends or business partners" to a company reads oddly; the firms it works with are named for a company only.
  it('a company client: the acquaintances and the firms it works with; a person or an unknown Państwo: the acquaintances', () => {
    const firm: Client = { ...company, company: 'Zielony Ogród Sp. z o.o.' };
    expect(draft('referral-request-pl-warm', firm).text).toContain('gdyby ktoś z Państwa znajomych albo z firm, z którymi Państwo współpracują, szukał pomocy');
    // Ms Kowalska of Kowalska Sp. z o.o.: her acquaintances and the firms she works with; with no company, her acquaintances.
    expect(draft('referral-request-pl-warm', polishClient).text).toContain('gdyby ktoś z Pani znajomych albo z firm, z którymi Pani współpracuje, szukał pomocy');
    expect(draft('referral-request-pl-warm', { ...polishClient, company: undefined }).text).toContain('gdyby ktoś z Pani znajomych szukał pomocy');
    // Państwo with no company recorded (an address only) may be a firm: the phrase fits either reading.
    const unknown: Client = { ...company, company: undefined, name: 'kontakt@zielonyogrod.com.pl' };
    expect(draft('referral-request-pl-warm', unknown).text).toContain('gdyby ktoś z Państwa znajomych szukał pomocy');
  });

  it('the English twin says no "friends" to anyone', () => {
    for (const id of ['referral-request-en-warm', 'referral-request-en-formal']) expect(byId(id).body, id).not.toMatch(/friend/i);
  });
});

describe('EN C4: "In the meantime", where "then" would have no antecedent', () => {
  it('the dispute of a fixed-term ending reserves rights "in the meantime"; the Polish twin has no dangling „do tego czasu”', () => {
    expect(byId('termination-dispute-en-formal').body).toContain('In the meantime, {{#sender one="I" we="we"}} reserve all');
    expect(byId('termination-dispute-en-formal').body).not.toContain('Until then');
    expect(byId('termination-dispute-pl-formal').body).not.toMatch(/Do tego czasu/);
  });
});

describe('handover-complete: a count with its noun, in words in running text', () => {
  const handedOver = (count: number): NonNullable<Offboarding['inventory']> =>
    Array.from({ length: count }, (_, index) => ({ id: `h${index}`, kind: 'files' as const, name: `Plik ${index + 1}`, state: 'handed-over' as const, on: '2026-02-05' }));

  it.each([
    [1, 'obejmujący jeden element:', 'which covers one item:'],
    [2, 'obejmujący dwa elementy:', 'which covers two items:'],
    [5, 'obejmujący pięć elementów:', 'which covers five items:'],
    [12, 'obejmujący dwanaście elementów:', 'which covers 12 items:'],
    [22, 'obejmujący dwadzieścia dwa elementy:', 'which covers 22 items:'],
  ])('%i item(s)', (count, pl, en) => {
    expect(draft('handover-complete-pl-formal', polishClient, { inventory: handedOver(count) }).text).toContain(pl);
    expect(draft('handover-complete-en-formal', englishClient, { inventory: handedOver(count) }).text).toContain(en);
  });
});

describe('count-words: Polish numerals 0–99 in words, the noun agreeing', () => {
  it.each([
    [0, 'zero'], [1, 'jeden'], [4, 'cztery'], [10, 'dziesięć'], [14, 'czternaście'], [20, 'dwadzieścia'],
    [21, 'dwadzieścia jeden'], [35, 'trzydzieści pięć'], [99, 'dziewięćdziesiąt dziewięć'], [100, '100'],
  ])('%i → %s', (count, words) => expect(polishCardinal(count)).toBe(words));

  it('the noun follows the numeral: 21 elementów, 24 elementy, 112 elementów; English in figures from 10', () => {
    expect(itemCountInWords(21, 'pl')).toBe('dwadzieścia jeden elementów');
    expect(itemCountInWords(24, 'pl')).toBe('dwadzieścia cztery elementy');
    expect(itemCountInWords(112, 'pl')).toBe('112 elementów');
    expect(itemCountInWords(1, 'en')).toBe('one item');
    expect(itemCountInWords(10, 'en')).toBe('10 items');
    expect(() => polishCardinal(-1)).toThrow();
  });
});

describe('PL B12: „prawo właściwe” (a conflict-of-laws term) only where another law governs', () => {
  const other: Client = { ...polishClient, contract: { ...polishClient.contract, type: 'other', fixedTermEndsOn: undefined } };
  it('a Polish contract reserves claims under the contract and „przepisów prawa”; a foreign law keeps „prawa dla niej właściwego”', () => {
    const polish = draft('termination-dispute-pl-formal', other, { initiator: 'client' }).text;
    expect(polish).toContain('roszczenia na podstawie umowy i przepisów prawa, w szczególności');
    expect(polish).not.toContain('prawa dla niej właściwego');
    const foreign: Client = { ...other, contract: { ...other.contract, governingLaw: 'other' } };
    expect(draft('termination-dispute-pl-formal', foreign, { initiator: 'client' }).text).toContain('roszczenia na podstawie umowy i prawa dla niej właściwego');
  });
});

describe('the English formal retention reply gives the reason, as the Polish one does', () => {
  it('a finished project and the sender\'s capacity are stated; any other reason is not', () => {
    const project = draft('retention-reply-en-formal', englishClient, { reason: 'project-complete' }).text;
    expect(project).toContain('The project you engaged me for is essentially complete, so this is a natural point for our engagement to end.');
    const capacity = draft('retention-reply-en-formal', englishClient, { reason: 'capacity' }).text;
    expect(capacity).toContain('This is purely a question of my current capacity and is no reflection on you or on our work together.');
    expect(draft('retention-reply-en-formal', englishClient, { reason: 'fit' }).text).not.toMatch(/essentially complete|question of my current capacity/);
    expect(draft('retention-reply-pl-formal', polishClient, { reason: 'capacity' }).text).toContain('a nie z oceny naszej współpracy');
  });

  it('the warm confirmation of a mutual end names data protection among the terms that carry on, as the Polish does', () => {
    expect(draft('mutual-agreement-confirmation-en-warm', englishClient, { initiator: 'client' }).text).toContain('the terms that by their nature carry on after it ends, such as any on copyright, confidentiality and data protection');
  });
});

describe('review11-en note: no "Dear Sir or Madam" switch mid-thread in the mutual-agreement proposal', () => {
  it('a proposal (an offer, not a unilateral statement) opens as the rest of the conversation does', () => {
    const firm: Client = { ...englishClient, company: 'Harbour & Finch Ltd', recipient: { form: 'panstwo', warm: false } };
    const text = draft('mutual-agreement-en-formal', firm, { initiator: 'mutual' }).text;
    expect(text.startsWith('Dear Harbour & Finch team,')).toBe(true);
    expect(text).not.toContain('Dear Sir or Madam');
    expect(byId('mutual-agreement-en-formal').body).not.toMatch(/formalSalutation|formalClosing/);
  });
});
