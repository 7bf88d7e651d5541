/**
 * Issue 12, task type12: a client recorded without the contract's type (created from a thread, or
 * with the type left "not recorded") is not a services contract. No message names a type, cites an
 * article that depends on one (art. 746, 750, 640, 644 k.c.) or treats the contract as a dzieło; the
 * dzieło-only kinds wait for the type; an empty notice period is one nobody entered, not "none".
 */
import { describe, expect, it } from 'vitest';
import { newClient, newOffboarding } from '../../../offboarding/new-records';
import type { Client, ContractType, Lang, Offboarding } from '../../../offboarding/types';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { buildVariables } from '../../../templates/variables';
import { notOfferedFor, templateNotOfferedFor } from '../../../templates/contract-types';
import { suggest } from '../../../templates/suggest';
import { buildConversationPlan, planToText } from '../../../templates/conversation-plan';
import type { Template, TemplateKind } from '../../../templates/types';
import { settingsEn, settingsPl, TODAY } from './fixtures';

const NOW = '2026-02-01T10:00:00.000Z';
/** What the sidebar makes of an address and a name: type, form and period never entered. */
function newcomer(lang: Lang, contract: Partial<Client['contract']> = {}): Client {
  return newClient(
    { name: lang === 'pl' ? 'Katarzyna Zielińska' : 'James Whitfield', emails: [lang === 'pl' ? 'k@zielinska.pl' : 'james@whitfield.co.uk'], language: lang, contract: { signedOn: '2025-05-05', ...contract } },
    NOW,
    `c-${lang}`,
  );
}
const typed = (lang: Lang, type: ContractType): Client => newcomer(lang, { type, noticePeriod: { months: 1 } });

const templates = builtInTemplates();
function template(kind: TemplateKind, lang: Lang, variant?: string): Template {
  const found = findTemplates(templates, { kind, lang, ...(variant ? { variant } : {}) }).filter((t) => t.tone === 'formal');
  expect(found.length, `${kind} ${variant ?? ''} ${lang}`).toBeGreaterThan(0);
  return found[0] as Template;
}
function render(t: Template, lang: Lang, client: Client, offboarding?: Offboarding) {
  const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, client, ...(offboarding ? { offboarding } : {}), today: TODAY, lang });
  return renderTemplate(t, vars, { lang });
}

/** What a type, or a law chosen by it, would put into a message. */
const TYPE_FACTS: Record<Lang, RegExp> = {
  pl: /art\. ?7[45]\d|art\. ?64[04]|świadczenie usług|umow\w+ zlecenia|o dzieło|Zleceniodaw|Usługobior|Zamawiając/i,
  en: /Article 7[45]\d|Article 64[04]|Civil Code|services agreement|mandate|specific work/i,
};

describe('a new client has no contract type recorded', () => {
  it('newClient leaves it out, and keeps one the user gave', () => {
    expect(newcomer('pl').contract).not.toHaveProperty('type');
    expect(newcomer('pl', { type: 'zlecenie' }).contract.type).toBe('zlecenie');
  });

  it('the variables name no type, cite no basis and do not treat it as a dzieło', () => {
    for (const lang of ['pl', 'en'] as const) {
      const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, client: newcomer(lang), today: TODAY, lang });
      expect(vars.contract).toMatchObject({ typeUnknown: true, isDzielo: false, mandateRules: false, immediateBasis: undefined, name: lang === 'pl' ? 'umowa' : 'agreement' });
      expect(vars.contract).not.toHaveProperty('type', 'service');
    }
  });
});

describe.each(['pl', 'en'] as const)('%s: the messages for a client whose type was never entered', (lang) => {
  const cases: Array<[TemplateKind, string | undefined]> = [
    ['termination-notice', 'immediate'],
    ['termination-notice', 'period'],
    ['breach-remedy', undefined],
    ['termination-dispute', undefined],
    ['settlement', undefined],
  ];
  it.each(cases)('%s %s: no type named, no article that depends on one', (kind, variant) => {
    const unknown = render(template(kind, lang, variant), lang, newcomer(lang));
    expect(unknown.text).not.toMatch(TYPE_FACTS[lang]);
    expect(unknown.subject ?? '').not.toMatch(TYPE_FACTS[lang]);
  });

  it('the same notice with the type recorded as a services contract under Polish law does cite art. 746 (the check can fail)', () => {
    const client = newcomer(lang, { type: 'service', governingLaw: 'pl' });
    const text = render(template('termination-notice', lang, 'immediate'), lang, client).text;
    expect(text).toMatch(TYPE_FACTS[lang]);
  });

  it('an empty period is asked for, never "none": the period notice is offered, the period and the end date are missing values', () => {
    const client = newcomer(lang);
    expect(client.contract.noticePeriod).toEqual({});
    const period = template('termination-notice', lang, 'period');
    expect(templateNotOfferedFor(period, client, { today: TODAY })).toBeUndefined();
    const result = render(period, lang, client);
    expect(result.missing).toEqual(expect.arrayContaining(['contract.noticePeriod', 'notice.endDate']));
  });
});

describe('which kinds are offered while the type is unknown', () => {
  const dzieloOnly: TemplateKind[] = ['dzielo-withdrawal', 'dzielo-withdrawal-reply'];
  it('the dzieło-only kinds wait for the type with their own reason, with or without a client', () => {
    for (const kind of dzieloOnly) {
      expect(notOfferedFor(kind, newcomer('pl'))).toBe('type-unknown');
      expect(notOfferedFor(kind, null)).toBe('type-unknown');
      expect(notOfferedFor(kind, typed('pl', 'dzielo'))).toBeUndefined();
      expect(notOfferedFor(kind, typed('pl', 'service'))).toBe('contract-type');
    }
  });

  it('the notices and the ack stay offered (they name no type), as for every type but the dzieło', () => {
    for (const kind of ['termination-notice', 'termination-ack', 'mutual-agreement', 'settlement'] as const) {
      expect(notOfferedFor(kind, newcomer('pl')), kind).toBeUndefined();
    }
    expect(notOfferedFor('termination-notice', typed('pl', 'dzielo'))).toBe('contract-type');
  });
});

describe('the ranking says what an unknown type leaves open', () => {
  const run = (lang: Lang, client: Client, offboarding: Offboarding) =>
    suggest({ context: null, client, offboarding, templates, today: TODAY, sentKinds: [] });

  it.each(['pl', 'en'] as const)('%s: the client ended it: the ack, with the reason that the type is not recorded', (lang) => {
    const client = newcomer(lang);
    const offboarding = newOffboarding({ clientId: client.id, initiator: 'client', reason: 'client-decision' }, NOW, 'ob');
    const first = run(lang, client, offboarding)[0];
    expect(first?.kind).toBe('termination-ack');
    expect(first?.reasons.map((r) => r.code)).toContain('contract-type-unknown');
    // With the type recorded the reason is gone.
    const known = run(lang, typed(lang, 'service'), offboarding)[0];
    expect(known?.reasons.map((r) => r.code)).not.toContain('contract-type-unknown');
  });

  it.each(['pl', 'en'] as const)('%s: we end it over fit after the talk: the period notice (never the immediate one for cause), with the reason', (lang) => {
    const client = newcomer(lang);
    const started = newOffboarding({ clientId: client.id, initiator: 'we', reason: 'fit' }, NOW, 'ob');
    const done = { doneAt: NOW };
    const offboarding: Offboarding = { ...started, checklist: { ...started.checklist, analysis: done, conversation: done, documents: done } };
    const notice = run(lang, client, offboarding).find((s) => s.kind === 'termination-notice');
    expect(notice?.template.variant).toBe('period');
    expect(notice?.reasons.map((r) => r.code)).toContain('contract-type-unknown');
  });
});

describe('the call plan', () => {
  it.each(['pl', 'en'] as const)('%s: says the type is not recorded instead of naming one', (lang) => {
    const client = newcomer(lang);
    const offboarding = newOffboarding({ clientId: client.id, initiator: 'we', reason: 'fit' }, NOW, 'ob');
    const text = planToText(buildConversationPlan({ client, offboarding, lang }));
    expect(text).toContain(lang === 'pl' ? 'rodzaju umowy brak w danych' : 'contract type not on record');
    expect(text).not.toMatch(lang === 'pl' ? /umowa o świadczenie usług/ : /services agreement/);
  });
});
