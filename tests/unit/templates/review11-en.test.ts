/**
 * Review 11, English (a British solicitor and business-writing editor): the rules behind findings
 * B2, B3, B7–B11, C1 and C5, checked on the repository's own scenario file, as the reviewer read it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScenario, type RenderedScenario } from '../../../catalog/page';
import { parseScenarioFile } from '../../../catalog/scenarios';
import { builtInTemplates } from '../../../templates/library';
import type { RenderedDraft } from '../../../templates/types';

const library = builtInTemplates();
const scenarioFile = parseScenarioFile(readFileSync(new URL('../../golden/scenarios.json', import.meta.url), 'utf8'), 'tests/golden/scenarios.json');
const cache = new Map<string, RenderedScenario>();

function scenario(id: string): RenderedScenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const found = scenarioFile.scenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  const rendered = renderScenario(found, library);
  cache.set(id, rendered);
  return rendered;
}

function englishDrafts(id: string): Array<{ templateId: string; draft: RenderedDraft }> {
  return scenario(id)
    .sections.filter((section) => section.lang === 'en')
    .flatMap((section) => section.entries.map((entry) => ({ templateId: entry.template.id, draft: entry.draft })));
}

function draft(scenarioId: string, templateId: string): RenderedDraft {
  const found = englishDrafts(scenarioId).find((entry) => entry.templateId === templateId);
  if (!found) throw new Error(`${templateId} is not rendered in ${scenarioId}`);
  return found.draft;
}

const englishScenarios = scenarioFile.scenarios.filter((candidate) => candidate.languages.includes('en')).map((candidate) => candidate.id);

describe('review11-en B2: a one-off act is done "by" or "before" a date, never "until" it', () => {
  it('the mutual-agreement texts hand over by the end date', () => {
    expect(draft('en-f-pan', 'mutual-agreement-en-formal').text).toContain('2. By that date I will hand over the work completed up to that date and all materials');
    expect(draft('en-f-pan', 'mutual-agreement-confirmation-en-formal').text).toContain('1. Before the agreement ends, I will hand over the work completed up to that date');
    expect(draft('en-we-pan-first-name', 'mutual-agreement-confirmation-en-warm').text).toMatch(/^By [^,]+, we will hand over the work done so far/m);
  });

  it('no English text in any scenario says "until then" before handing over, completing or finishing', () => {
    const misuse = /\buntil (then|the agreement ends),? (I|we) will (hand over|complete|finish)/i;
    for (const id of englishScenarios) {
      for (const { templateId, draft: rendered } of englishDrafts(id)) expect(rendered.text, `${id} ${templateId}`).not.toMatch(misuse);
    }
  });
});

describe('review11-en B3: an English client reads "the agreement", and the legal type only where the law cited needs it', () => {
  it('a dzieło with no title recorded is "the agreement dated …"', () => {
    expect(draft('en-m-pan-first-name', 'data-return-confirmation-en-formal').text).toContain('under the agreement dated 7 October 2025');
    expect(draft('en-m-pan-first-name', 'dzielo-withdrawal-reply-en-formal').subject).toBe('Your withdrawal from the agreement dated 7 October 2025');
  });

  it('"contract for specific work" appears only as the legal type, glossed "(umowa o dzieło)"', () => {
    for (const id of englishScenarios) {
      for (const { templateId, draft: rendered } of englishDrafts(id)) {
        for (const text of [rendered.subject, rendered.text]) expect(text, `${id} ${templateId}`).not.toMatch(/contract for specific work(?! \(umowa o dzieło\))/);
      }
    }
  });

  it('the Article 640 call says once what kind of contract the article applies to', () => {
    const call = draft('en-m-dzielo-cooperation', 'dzielo-withdrawal-cooperation-call-en-formal').text;
    expect(call).toContain('Under Article 640 of the Polish Civil Code, which applies to the agreement as a contract for specific work (umowa o dzieło), I am giving you until');
  });
});

describe('review11-en B7: the retention reply hedges lightly and asks for the day of receipt', () => {
  // Brought to the Polish rule (review11-pl B9): the date with one condition, no rule on when the period runs.
  it('formal: the date if it arrived the same day, and a request to confirm', () => {
    const text = draft('en-we-unknown', 'retention-reply-en-formal').text;
    expect(text).toContain(
      'our decision stands. Our engagement will end on 11 April 2026 if our notice of 28 March 2026 reached you on the day we sent it; please could you confirm the date on which you received it?',
    );
    expect(text).not.toContain('if it reached you later');
  });

  it('warm: one short condition and a question, no second clause', () => {
    const text = draft('en-we-unknown', 'retention-reply-en-warm').text;
    expect(text).toContain('so we will wrap up on 11 April 2026, if our notice reached you the day we sent it. Could you let us know when it arrived?');
    expect(text).not.toMatch(/: if our notice reached you/);
  });
});

describe('review11-en B8: the conversation request says only what follows', () => {
  it('a finished project: enjoyed working together, and the project is nearly finished', () => {
    const warm = draft('en-m-pan', 'conversation-request-en-warm').text;
    expect(warm).toContain("I've really enjoyed working with you, and as the project is nearly finished, I'd like to talk about wrapping it up and what comes next.");
    expect(warm).not.toContain('exactly why');
    expect(draft('en-m-pan', 'conversation-request-en-formal').text).toContain('The project we started together is coming to an end');
  });

  it('changing availability is not "exactly why"', () => {
    const warm = draft('en-f-retainer-non-renewal', 'conversation-request-en-warm').text;
    expect(warm).toContain("so I'd like to be open with you about my availability, which is changing");
    expect(warm).not.toContain('exactly why');
  });
});

describe('review11-en B9: the data-return confirmation carves out what the law requires the sender to keep', () => {
  it('in the one-person and the we-form', () => {
    expect(draft('en-f-pan', 'data-return-confirmation-en-formal').text).toContain(
      'This confirmation does not cover records that I am required by law to keep as a controller in my own right, such as my invoices.',
    );
    expect(draft('en-we-unknown', 'data-return-confirmation-en-formal').text).toContain(
      'This confirmation does not cover records that we are required by law to keep as a controller in our own right, such as our invoices.',
    );
  });
});

describe('review11-en B10: a request for payment with no due date recorded carries no conditional about the contract', () => {
  it('formal and warm, I and we', () => {
    const formal = draft('en-m-pani-first-name', 'payment-reminder-before-en-formal').text;
    expect(formal).toContain('Please treat this e-mail as my request for payment of €12,500.00, to be made by ⟨payment deadline you set⟩.');
    const warm = draft('en-we-unknown', 'payment-reminder-before-en-warm').text;
    expect(warm).toContain('Please take this e-mail as our request for payment.');
    for (const text of [formal, warm, draft('en-we-unknown', 'payment-reminder-before-en-formal').text]) expect(text).not.toMatch(/If we did(n't| not) agree/);
  });
});

describe('review11-en B11: the withdrawal is a declaration, and the article goes with the withdrawal', () => {
  it('under a written-form clause the signed letter withdraws, the e-mail says so, and Polish law governs the agreement', () => {
    const text = draft('en-m-dzielo-cooperation', 'dzielo-withdrawal-en-formal').text;
    expect(text).toContain(
      'By the signed letter I am sending you separately, I am withdrawing from the Software Development Agreement dated 31 July 2025 under Article 640 of the Polish Civil Code. The agreement is governed by Polish law',
    );
    expect(text).not.toContain('I am writing to let you know');
    expect(text).not.toContain('which is governed by Polish law, under Article 640');
  });
});

describe('review11-en C1: the advance, not a "prepayment invoice"', () => {
  it('every refund text in every scenario', () => {
    let seen = 0;
    for (const id of englishScenarios) {
      for (const { templateId, draft: rendered } of englishDrafts(id)) {
        if (!templateId.startsWith('prepayment-refund-')) continue;
        seen += 1;
        expect(`${rendered.subject}\n${rendered.text}`, `${id} ${templateId}`).not.toMatch(/prepayment/i);
        if (templateId !== 'prepayment-refund-correction-en-formal') expect(rendered.text, `${id} ${templateId}`).toContain('of the advance paid under invoice no. ');
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('review11-en C5: a warm text to a firm greets its team, not a bare "Hello,"', () => {
  it('to Harbour & Finch LLP, with nobody named', () => {
    for (const id of ['en-f-company', 'en-we-company']) {
      const warm = englishDrafts(id).filter(({ templateId }) => templateId.endsWith('-en-warm'));
      expect(warm.length, id).toBeGreaterThan(0);
      for (const { templateId, draft: rendered } of warm) expect(rendered.text.split('\n')[0], `${id} ${templateId}`).toBe('Hello Harbour & Finch team,');
    }
  });
});
