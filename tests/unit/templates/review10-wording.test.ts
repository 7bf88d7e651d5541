/**
 * Review 10 (Polish and English readings): the wording findings fixed in templates, each checked
 * where a golden file alone would not say why.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { polishNoticePeriodInWords } from '../../../templates/format';
import type { Client, Lang, NoticeRecord, Offboarding } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

function draft(template: Template, client: Client, changes: Partial<Offboarding> = {}) {
  const lang: Lang = template.lang;
  const vars = buildVariables({ client, offboarding: offboardingFor(client, changes), settings: lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang });
  return renderTemplate(template, vars, { lang });
}

describe('review10-pl B7: the notice names the period from its own delivery, in standard drafting', () => {
  it('puts the period in the genitive after "z upływem"', () => {
    // In words in running text since review11 PL C1; from 100 on in figures.
    expect(polishNoticePeriodInWords({ months: 1 }, 'genitive')).toBe('jednego miesiąca');
    expect(polishNoticePeriodInWords({ months: 3 }, 'genitive')).toBe('trzech miesięcy');
    expect(polishNoticePeriodInWords({ weeks: 2 }, 'genitive')).toBe('dwóch tygodni');
    expect(polishNoticePeriodInWords({ weeks: 1, days: 30 }, 'genitive')).toBe('jednego tygodnia i trzydziestu dni');
    expect(polishNoticePeriodInWords({ days: 120 }, 'genitive')).toBe('120 dni');
    expect(polishNoticePeriodInWords({}, 'genitive')).toBeUndefined();
    // A signed statement spells every number; a message writes 100 and more in figures.
    expect(polishNoticePeriodInWords({ days: 120 }, 'nominative', 1_000_000_000)).toBe('sto dwadzieścia dni');
    expect(polishNoticePeriodInWords({ days: 120 }, 'nominative')).toBe('120 dni');
  });

  it('end of month: the month in which the period expires, never "jeśli zostanie ono doręczone"', () => {
    const client: Client = { ...polishClient, contract: { ...polishClient.contract, endOfMonth: true } };
    const text = draft(one({ kind: 'termination-notice', lang: 'pl', variant: 'end-of-month' }), client, { notice: undefined }).text;
    expect(text).toContain('Umowa ulegnie rozwiązaniu z końcem miesiąca kalendarzowego, w którym upłynie okres wypowiedzenia liczony od dnia doręczenia niniejszego oświadczenia, tj. – przy doręczeniu w dniu 10 lutego 2026 r. – z upływem dnia 31 marca 2026 r.');
    expect(text).not.toMatch(/jeśli zostanie ono doręczone/i);
  });
});

describe('review10-pl B8: a signed statement sent before is told in the past', () => {
  it('"wysłane … i opatrzone …", "Stało się ono skuteczne z chwilą, gdy dotarło"', () => {
    const written: Client = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' } };
    const sent: NoticeRecord = { servedOn: '2026-02-05', channel: 'qes', acknowledgementRequested: true, servedBy: 'we' };
    const before = draft(one({ kind: 'signed-notice-cover', lang: 'pl' }), written, { notice: sent }).text;
    expect(before).toMatch(/z dnia 12 marca 2024 r\., wysłane 5 lutego 2026 r\. i opatrzone kwalifikowanym podpisem elektronicznym\./);
    expect(before).toContain('Stało się ono skuteczne z chwilą, gdy dotarło do');
    const now = draft(one({ kind: 'signed-notice-cover', lang: 'pl' }), written, { notice: { ...sent, servedOn: TODAY } }).text;
    expect(now).toContain('Stanie się ono skuteczne z chwilą, gdy dotrze do');
    expect(now).not.toContain('wysłane');
  });
});

describe('review10-en B1: the data-return confirmation does not contradict itself', () => {
  it('all copies and backups deleted; the carve-out is the controller\'s own records, as in Polish', () => {
    const en = draft(one({ kind: 'data-return', lang: 'en', variant: 'confirmation' }), englishClient).text;
    expect(en).toContain('including all copies and backups.');
    expect(en).not.toContain('Where the law requires');
    expect(en).toMatch(/This confirmation does not cover records that (I am|we are) required by law to keep as a controller in (my|our) own right/);
    const pl = draft(one({ kind: 'data-return', lang: 'pl', variant: 'confirmation' }), polishClient).text;
    // The contract's date, where the record holds it (review10-pl C3).
    expect(pl).toContain('z dnia 12 marca 2024 r., wraz ze wszystkimi ich kopiami, w tym zapasowymi.');
  });
});

describe('review10-en B12: the non-renewal is a notice, not a wish', () => {
  it('"that the agreement will not be renewed"', () => {
    for (const template of templates.filter((entry) => entry.kind === 'non-renewal' && entry.lang === 'en')) {
      expect(template.body, template.id).not.toContain('wish to renew');
    }
  });
});
