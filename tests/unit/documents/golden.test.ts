/**
 * Every document of tests/golden/document-scenarios.json must match its golden text in
 * tests/golden/documents/, so a wording change is a readable diff. When a change is intended run
 * `npm run documents:update` and commit the regenerated files with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenarioDocuments, readScenarios, scenarioText } from '../../../catalog/documents-command';

const ROOT = join(import.meta.dirname, '../../..');
const SCENARIOS = join(ROOT, 'tests/golden/document-scenarios.json');
const GOLDEN = join(ROOT, 'tests/golden/documents');

const built = buildScenarioDocuments(readScenarios(SCENARIOS));

describe('golden documents', () => {
  it('has one golden file per scenario and no other', () => {
    const files = readdirSync(GOLDEN).filter((name) => name.endsWith('.txt')).sort();
    expect(files).toEqual(built.map((entry) => `${entry.scenario.id}.txt`).sort());
  });

  for (const entry of built) {
    it(`${entry.scenario.id} matches its golden text`, () => {
      const expected = readFileSync(join(GOLDEN, `${entry.scenario.id}.txt`), 'utf8').split('\n');
      const actual = scenarioText(entry).split('\n');
      const first = actual.findIndex((line, index) => line !== expected[index]);
      const at = first === -1 && actual.length !== expected.length ? Math.min(actual.length, expected.length) : first;
      if (at !== -1) {
        throw new Error(
          `tests/golden/documents/${entry.scenario.id}.txt differs at line ${at + 1}:\n  golden: ${expected[at] ?? '(end of file)'}\n  now:    ${actual[at] ?? '(end of file)'}\nRun npm run documents:update if the change is intended.`,
        );
      }
    });
  }

  it('the scenarios cover every document ready in both languages, missing facts and documents that do not apply', () => {
    const results = built.flatMap((entry) => entry.results);
    for (const lang of ['pl', 'en'] as const) {
      for (const kind of ['termination-statement', 'termination-agreement', 'handover-record', 'settlement-statement', 'personal-data-confirmation']) {
        expect(results.some((result) => result.status === 'ready' && result.document.kind === kind && result.document.lang === lang), `${kind} ${lang}`).toBe(true);
      }
    }
    expect(results.some((result) => result.status === 'missing')).toBe(true);
    expect(results.some((result) => result.status === 'not-applicable')).toBe(true);
  });
});
