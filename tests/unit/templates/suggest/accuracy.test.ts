import { beforeAll, describe, expect, it } from 'vitest';
import { suggest } from '../../../../templates/suggest';
import type { Template } from '../../../../templates/types';
import { TEMPLATE_KINDS } from '../../../../templates/types';
import { guessThreadLanguage } from '../../../../webmail/language';
import { withGapsFilled } from './helpers';
import { loadBuiltInTemplates } from './library';
import { HELD_OUT_SCENARIOS, SCENARIOS } from './scenarios';
import type { Scenario } from './scenarios';
import { UNTUNED_SCENARIOS } from './scenarios-untuned';
import type { UntunedScenario } from './scenarios-untuned';
import { UNTUNED_SCENARIOS_2 } from './scenarios-untuned-2';
import { UNTUNED_SCENARIOS_3 } from './scenarios-untuned-3';
import { PREPARATION_SCENARIOS } from './scenarios-preparation';

let templates: Template[] = [];

beforeAll(async () => {
  const real = (await loadBuiltInTemplates()) ?? [];
  const filled = withGapsFilled(real);
  templates = filled.templates;
  console.log(`suggestions: library has ${real.length} built-in templates; ${filled.filled} kind/language gaps filled with stand-ins`);
});

function run(scenario: Scenario) {
  return suggest({
    context: scenario.context,
    client: scenario.client ?? null,
    offboarding: scenario.offboarding ?? null,
    templates,
    today: scenario.today,
    sentKinds: scenario.sentKinds,
  });
}

const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;

interface Score {
  n: number;
  top1: number;
  top3: number;
  misses: string[];
  /** A kind the scenario says must not be offered reached the top three. */
  forbidden: string[];
}

function score(scenarios: ReadonlyArray<Scenario & { never?: readonly string[] }>): Score {
  const result: Score = { n: scenarios.length, top1: 0, top3: 0, misses: [], forbidden: [] };
  for (const scenario of scenarios) {
    const kinds = run(scenario).map((s) => s.kind);
    const good = [scenario.expected, ...(scenario.acceptable ?? [])];
    if (kinds[0] === scenario.expected) result.top1 += 1;
    else result.misses.push(`${scenario.id}: expected ${scenario.expected}, got [${kinds.slice(0, 3).join(', ')}]`);
    if (kinds.slice(0, 3).some((k) => good.includes(k))) result.top3 += 1;
    const bad = kinds.slice(0, 3).filter((k) => scenario.never?.includes(k));
    if (bad.length > 0) result.forbidden.push(`${scenario.id}: ${bad.join(', ')} in the top three`);
  }
  return result;
}

function report(label: string, s: Score): void {
  console.log(`suggestions: ${label} top-1 ${pct(s.top1, s.n)} (${s.top1}/${s.n}), top-3 ${pct(s.top3, s.n)} (${s.top3}/${s.n})`);
  if (s.misses.length > 0) console.log(`suggestions: ${label} top-1 misses:\n  ${s.misses.join('\n  ')}`);
  if (s.forbidden.length > 0) console.log(`suggestions: ${label} kinds that should not be offered:\n  ${s.forbidden.join('\n  ')}`);
}

describe('suggestion quality over the labelled scenarios', () => {
  it('has a large, varied labelled set', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    const langs = new Set(SCENARIOS.map((s) => s.lang));
    expect(langs).toEqual(new Set(['pl', 'en']));
    for (const scenario of SCENARIOS) {
      expect(TEMPLATE_KINDS).toContain(scenario.expected);
      expect(scenario.acceptable ?? []).not.toContain(scenario.expected);
    }
    // Every kind that can be the next message appears as a label at least once.
    const labelled = new Set(SCENARIOS.map((s) => s.expected));
    for (const kind of TEMPLATE_KINDS) expect(labelled, kind).toContain(kind);
  });

  it('reaches top-1 ≥ 85% and top-3 ≥ 95%', () => {
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const scenario of SCENARIOS) {
      const kinds = run(scenario).map((s) => s.kind);
      const good = [scenario.expected, ...(scenario.acceptable ?? [])];
      if (kinds[0] === scenario.expected) top1 += 1;
      else misses.push(`${scenario.id}: expected ${scenario.expected}, got [${kinds.slice(0, 3).join(', ')}]`);
      if (kinds.slice(0, 3).some((k) => good.includes(k))) top3 += 1;
    }
    const n = SCENARIOS.length;
    console.log(`suggestions: top-1 ${pct(top1, n)} (${top1}/${n}), top-3 ${pct(top3, n)} (${top3}/${n})`);
    const heldOut = HELD_OUT_SCENARIOS.filter((s) => run(s)[0]?.kind === s.expected).length;
    console.log(`suggestions: held-out (never tuned against) top-1 ${pct(heldOut, HELD_OUT_SCENARIOS.length)} (${heldOut}/${HELD_OUT_SCENARIOS.length})`);
    if (misses.length > 0) console.log(`suggestions: top-1 misses:\n  ${misses.join('\n  ')}`);
    expect(top1 / n).toBeGreaterThanOrEqual(0.85);
    expect(top3 / n).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the untuned set of issue 20 apart from the tuned one, per class', () => {
    expect(UNTUNED_SCENARIOS.length).toBeGreaterThanOrEqual(24);
    expect(new Set([...SCENARIOS, ...UNTUNED_SCENARIOS].map((s) => s.id)).size).toBe(SCENARIOS.length + UNTUNED_SCENARIOS.length);
    for (const scenario of UNTUNED_SCENARIOS) {
      expect(scenario.context.language, `${scenario.id}: guessed thread language`).toBe(scenario.lang);
      expect(TEMPLATE_KINDS).toContain(scenario.expected);
    }
    const all = score(UNTUNED_SCENARIOS);
    report('untuned (issue 20)', all);
    for (const cls of ['payment-state', 'closing-signal', 'client-decided', 'stage-in-thread'] as const) {
      for (const lang of ['pl', 'en'] as const) {
        const subset = UNTUNED_SCENARIOS.filter((s: UntunedScenario) => s.cls === cls && s.lang === lang);
        expect(subset.length, `${cls} ${lang}`).toBeGreaterThanOrEqual(3);
        const part = score(subset);
        console.log(`suggestions: untuned ${cls} ${lang}: top-1 ${part.top1}/${part.n}, top-3 ${part.top3}/${part.n}`);
      }
    }
    // Issue 20's targets: top-1 ≥ 90 %, top-3 ≥ 98 %; and nothing a careful professional would not send now.
    expect(all.top1 / all.n).toBeGreaterThanOrEqual(0.9);
    expect(all.top3 / all.n).toBeGreaterThanOrEqual(0.98);
    expect(all.forbidden).toEqual([]);
  });

  it('reports the second untuned set (written after tuning; looked at once since) on its own', () => {
    const ids = new Set([...SCENARIOS, ...UNTUNED_SCENARIOS, ...UNTUNED_SCENARIOS_2].map((s) => s.id));
    expect(ids.size).toBe(SCENARIOS.length + UNTUNED_SCENARIOS.length + UNTUNED_SCENARIOS_2.length);
    for (const scenario of UNTUNED_SCENARIOS_2) {
      expect(scenario.context.language, `${scenario.id}: guessed thread language`).toBe(scenario.lang);
      expect(TEMPLATE_KINDS).toContain(scenario.expected);
    }
    for (const cls of ['payment-state', 'closing-signal', 'client-decided', 'stage-in-thread'] as const) {
      for (const lang of ['pl', 'en'] as const) {
        expect(UNTUNED_SCENARIOS_2.filter((s) => s.cls === cls && s.lang === lang).length, `${cls} ${lang}`).toBeGreaterThanOrEqual(2);
      }
    }
    // Reported, not asserted: a threshold here would invite tuning against it.
    report('untuned set 2 (issue 20; looked at once)', score(UNTUNED_SCENARIOS_2));
  });

  it('reports the third untuned set (written after the last change, never tuned against) as the held-out figure', () => {
    const ids = new Set([...SCENARIOS, ...UNTUNED_SCENARIOS, ...UNTUNED_SCENARIOS_2, ...UNTUNED_SCENARIOS_3].map((s) => s.id));
    expect(ids.size).toBe(SCENARIOS.length + UNTUNED_SCENARIOS.length + UNTUNED_SCENARIOS_2.length + UNTUNED_SCENARIOS_3.length);
    for (const scenario of UNTUNED_SCENARIOS_3) {
      expect(scenario.context.language, `${scenario.id}: guessed thread language`).toBe(scenario.lang);
      expect(TEMPLATE_KINDS).toContain(scenario.expected);
    }
    for (const cls of ['payment-state', 'closing-signal', 'client-decided', 'stage-in-thread'] as const) {
      for (const lang of ['pl', 'en'] as const) {
        expect(UNTUNED_SCENARIOS_3.filter((s) => s.cls === cls && s.lang === lang).length, `${cls} ${lang}`).toBeGreaterThanOrEqual(2);
      }
    }
    // Reported, not asserted: a threshold here would invite tuning against the held-out set.
    report('held-out (issue 20, set 3)', score(UNTUNED_SCENARIOS_3));
  });

  it('drafts every suggestion in the thread language', () => {
    const rows: string[] = [];
    for (const scenario of SCENARIOS) {
      expect(scenario.context.language, `${scenario.id}: guessed thread language`).toBe(scenario.lang);
      expect(guessThreadLanguage(scenario.context.messages.map((m) => m.text))).toBe(scenario.lang);
      const suggestions = run(scenario);
      expect(suggestions.length, scenario.id).toBeGreaterThan(0);
      for (const s of suggestions) {
        expect(s.lang, `${scenario.id} ${s.kind}`).toBe(scenario.lang);
        expect(s.template.lang, `${scenario.id} ${s.kind}`).toBe(scenario.lang);
        expect(s.template.kind).toBe(s.kind);
      }
      rows.push(`${scenario.lang} ${scenario.id} → ${suggestions[0]?.kind ?? '-'} (${suggestions[0]?.lang ?? '-'})`);
    }
    const counts = { pl: SCENARIOS.filter((s) => s.lang === 'pl').length, en: SCENARIOS.filter((s) => s.lang === 'en').length };
    console.log(`suggestions: languages pl ${counts.pl}, en ${counts.en}`);
    expect(rows).toHaveLength(SCENARIOS.length);
  });
});

describe('issue 18: the analysis, the position and the outcome in the ranking', () => {
  it('reaches top-1 ≥ 85 % and top-3 ≥ 95 % on its labelled set, with no unsuitable kind in any top three', () => {
    expect(PREPARATION_SCENARIOS.length).toBeGreaterThanOrEqual(14);
    const ids = new Set([...SCENARIOS, ...PREPARATION_SCENARIOS].map((s) => s.id));
    expect(ids.size).toBe(SCENARIOS.length + PREPARATION_SCENARIOS.length);
    for (const scenario of PREPARATION_SCENARIOS) expect(scenario.context.language, `${scenario.id}: guessed thread language`).toBe(scenario.lang);
    for (const lang of ['pl', 'en'] as const) expect(PREPARATION_SCENARIOS.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(6);
    const result = score(PREPARATION_SCENARIOS);
    report('issue 18 (preparation)', result);
    expect(result.top1 / result.n).toBeGreaterThanOrEqual(0.85);
    expect(result.top3 / result.n).toBeGreaterThanOrEqual(0.95);
    expect(result.forbidden).toEqual([]);
  });
});
