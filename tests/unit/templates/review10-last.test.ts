/**
 * Review 10, the last findings (Polish C4–C10, English B8, B15, C1–C4, C6, C9, C11): each checked
 * on the rendered text or the rule behind it, so that the old wording fails here.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { messageClosing } from '../../../templates/polish';
import type { Client, Lang, Offboarding } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function byId(id: string): Template {
  const found = templates.find((template) => template.id === id);
  expect(found, id).toBeDefined();
  return found as Template;
}

function draft(template: Template, client: Client | undefined, changes: Partial<Offboarding> = {}, options: { today?: string; overrides?: Record<string, string> } = {}) {
  const lang: Lang = template.lang;
  const vars = buildVariables({
    client,
    offboarding: client ? offboardingFor(client, changes) : undefined,
    settings: lang === 'pl' ? settingsPl : settingsEn,
    today: options.today ?? TODAY,
    lang,
    overrides: options.overrides,
  });
  return renderTemplate(template, vars, { lang });
}

/** A company with no named person: the English salutation greets its team, or nobody by name. */
const companyNoPerson: Client = { ...englishClient, name: 'Acme Ltd', recipient: { form: 'panstwo', warm: false } };
const inboxNoCompany: Client = { ...englishClient, name: 'accounts@acme.example', company: undefined, recipient: { form: 'panstwo', warm: false } };

describe('review10-pl C6: "dwa, trzy zdania", not a dash range in running text', () => {
  it('in both testimonial requests', () => {
    for (const id of ['testimonial-request-pl-formal', 'testimonial-request-pl-warm']) {
      const text = draft(byId(id), polishClient).text;
      expect(text, id).toContain('Wystarczą dwa, trzy zdania');
      expect(text, id).not.toContain('dwa–trzy');
    }
  });
});

describe('review10-en C1–C3: referral and testimonial wording', () => {
  it('C1: the care "I gave your project", not "the same care as your project"', () => {
    const text = draft(byId('referral-request-en-formal'), englishClient).text;
    expect(text).toContain('with the same care I gave your project.');
    expect(text).not.toContain('same care as your project');
  });

  it('C2: "what you needed", and a company credited by "name, role and firm"', () => {
    const company = draft(byId('testimonial-request-en-formal'), englishClient).text;
    expect(company).toContain('Two or three sentences are enough: what you needed, how the work went');
    expect(company).not.toContain('where you started');
    expect(company).toContain('(for example your name, role and firm)');
    const person = draft(byId('testimonial-request-en-formal'), { ...englishClient, company: undefined }).text;
    expect(person).toContain('(for example your name and role)');
  });

  it('C3: "your firm\'s name" for a company, never "your business\'s name"', () => {
    const company = draft(byId('testimonial-request-case-study-en-formal'), englishClient).text;
    expect(company).toContain("your name and your firm's name can be left out");
    expect(company).not.toContain("business's");
    const person = draft(byId('testimonial-request-case-study-en-formal'), { ...englishClient, company: undefined }).text;
    expect(person).toContain('your name can be left out');
  });
});

describe('review10-en C6: the dispute counts from the date the notice reached the sender', () => {
  it('"Counting from the date your notice reached me", never "Counted from that day"', () => {
    const notice = { servedOn: '2026-02-02', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'client' as const };
    const text = draft(byId('termination-dispute-en-formal'), englishClient, { notice, initiator: 'client' }).text;
    expect(text).toContain('Counting from the date your notice reached me, the agreement will therefore end on');
    expect(text).not.toContain('Counted from that day');
  });
});

describe('review10-en C4: after "Dear Sir or Madam" every formal message closes "Yours faithfully"', () => {
  it('one rule: the closing follows the salutation', () => {
    expect(messageClosing('Dear Sir or Madam,', 'en')).toBe('Yours faithfully,');
    expect(messageClosing('Dear Madam,', 'en')).toBe('Yours faithfully,');
    expect(messageClosing('Dear Mr Smith,', 'en')).toBe('Kind regards,');
    expect(messageClosing('Dear Acme team,', 'en')).toBe('Kind regards,');
    expect(messageClosing(undefined, 'en')).toBeUndefined();
    expect(messageClosing(undefined, 'pl')).toBe('Z poważaniem');
  });

  it('no formal English message to nobody by name closes "Kind regards"', () => {
    let checked = 0;
    for (const template of templates.filter((item) => item.lang === 'en' && item.tone === 'formal' && item.variant !== 'letter-of-claim')) {
      const text = draft(template, inboxNoCompany).text;
      if (!text.startsWith('Dear Sir or Madam,')) continue;
      expect(text, template.id).not.toContain('Kind regards');
      expect(text, template.id).toMatch(/\nYours faithfully,\n/);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('a salutation the user types brings its closing with it', () => {
    const typed = draft(byId('closing-thanks-en-formal'), undefined, {}, { overrides: { salutation: 'Dear Sir or Madam,' } });
    expect(typed.text).toMatch(/\nYours faithfully,/);
    expect(typed.missing).not.toContain('closing');
    const unknown = draft(byId('closing-thanks-en-formal'), undefined);
    expect(unknown.missing).toContain('closing');
  });
});

describe('review10-en B15: the reply to a withdrawal greets a company as the rest of the thread does', () => {
  it('"Dear Acme team," … "Kind regards," for a company with no named person', () => {
    const dzielo: Client = { ...companyNoPerson, contract: { ...companyNoPerson.contract, type: 'dzielo' } };
    const notice = { servedOn: '2026-02-02', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'client' as const };
    const reply = draft(byId('dzielo-withdrawal-reply-en-formal'), dzielo, { notice, initiator: 'client' }).text;
    const ack = draft(byId('termination-ack-en-formal'), dzielo, { notice, initiator: 'client' }).text;
    expect(reply.split('\n')[0]).toBe('Dear Acme team,');
    expect(reply.split('\n')[0]).toBe(ack.split('\n')[0]);
    expect(reply).toMatch(/\nKind regards,\n/);
    expect(reply).not.toContain('Dear Sir or Madam');
  });
});
