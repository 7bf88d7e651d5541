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
      expect(rendered.text, id).toContain('the agreed fee of ⟨agreed fee for the part of the work done⟩ for the part of the work completed');
      expect(rendered.text, id).toContain('hand over the part of the work completed so far');
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
    expect(formal).toContain('Our engagement will end on 11 April 2026 if my notice of 28 March 2026 reached you on the day I sent it; please could you confirm the day you received it?');
    const warm = draft('retention-reply-en-warm', twoWeeks, saturday, today).text;
    expect(warm).toContain('so we will wrap up on 11 April 2026, if my notice reached you the day I sent it. Could you let me know when it arrived?');
    for (const text of [formal, warm]) expect(text).not.toMatch(/runs from the day|when the notice period ends/);
  });

  it('the handover plan: its assumption and the request', () => {
    const text = draft('handover-plan-en-formal', twoWeeks, saturday, today).text;
    expect(text).toContain('The plan assumes that my notice of 28 March 2026 reached you on the day I sent it and the agreement ends on 11 April 2026; please could you confirm the day you received it?');
    expect(text).not.toContain('so that');
  });
});
