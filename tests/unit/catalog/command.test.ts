import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatScenarioPage, GOLDEN_SCENARIOS, renderScenario } from '../../../catalog/page';
import { parseScenarioFile } from '../../../catalog/scenarios';
import { runCatalogCommand, sourceName } from '../../../catalog/command';
import { builtInTemplates } from '../../../templates/library';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const folders: string[] = [];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offboard-catalog-'));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCatalogCommand(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

/** The README's example, read from the README: the format must work from its description alone. */
function readmeExample(): { scenarios: Array<Record<string, unknown>> } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("## Reviewer's catalogue"));
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!block?.[1]) throw new Error("README.md has no json example under \"Reviewer's catalogue\"");
  return JSON.parse(block[1]) as { scenarios: Array<Record<string, unknown>> };
}

const example = readmeExample();
interface ExampleScenario {
  id: string;
  client: { recipient: object; [key: string]: unknown };
  offboarding: { settlement: Array<Record<string, unknown>>; [key: string]: unknown };
  settings: { profile: object; [key: string]: unknown };
  [key: string]: unknown;
}
const readmeScenario = example.scenarios[0] as unknown as ExampleScenario;

function writeScenarios(dir: string, content: unknown): string {
  const path = join(dir, 'scenarios.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('npm run catalog', { timeout: 30_000 }, () => {
  it("renders the README's example and writes one <id>.md per scenario and nothing else", () => {
    const dir = workspace();
    const file = writeScenarios(dir, example);
    const out = join(dir, 'out');
    const result = run(['--scenarios', file, '--out', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['nothing-known.md', 'pl-warm-reminder.md']);
    const page = readFileSync(join(out, 'pl-warm-reminder.md'), 'utf8');
    expect(page).toMatch(/^# Scenario `pl-warm-reminder`/);
    expect(page).toContain('Pani Anno,');
    expect(page).toContain('FV/7/2026');
    expect(page).not.toContain('## Messages in English');
    expect(readFileSync(join(out, 'nothing-known.md'), 'utf8')).toContain('## Messages in English');
  });

  it('prunes other pages only when asked, and never touches files that are not .md', () => {
    const dir = workspace();
    const file = writeScenarios(dir, { scenarios: [readmeScenario] });
    const out = join(dir, 'out');
    run(['--scenarios', file, '--out', out]);
    writeFileSync(join(out, 'stale.md'), 'old');
    writeFileSync(join(out, 'notes.txt'), 'keep');
    expect(run(['--scenarios', file, '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'pl-warm-reminder.md', 'stale.md']);
    const pruned = run(['--scenarios', file, '--out', out, '--prune']);
    expect(pruned.out).toContain('deleted stale.md');
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'pl-warm-reminder.md']);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['not JSON', '{"scenarios": [', /not valid JSON/],
    ['no scenarios', { scenarios: [] }, /scenarios: Expected at least one scenario/],
    ['a bare array', [readmeScenario], /\(root\)/],
    ['an unsafe id', { scenarios: [{ ...readmeScenario, id: '../../etc/passwd' }] }, /scenario "..\/..\/etc\/passwd" \(scenarios\[0\]\): id: Expected lower-case letters/],
    ['a device name as id', { scenarios: [{ ...readmeScenario, id: 'nul' }] }, /scenario "nul" \(scenarios\[0\]\): id: Expected an id that is not a device name/],
    ['a duplicate id', { scenarios: [readmeScenario, readmeScenario] }, /scenario "pl-warm-reminder" \(scenarios\[1\]\): id: "pl-warm-reminder" is also the id of scenarios\[0\]/],
    ['a date that does not exist', { scenarios: [{ ...readmeScenario, today: '2026-02-30' }] }, /scenario "pl-warm-reminder" \(scenarios\[0\]\): today: Expected a calendar date/],
    ['an unknown language', { scenarios: [{ ...readmeScenario, language: 'de' }] }, /scenario "pl-warm-reminder" \(scenarios\[0\]\): language:/],
    [
      'a form of address the store does not know',
      { scenarios: [{ ...readmeScenario, client: { ...readmeScenario.client, recipient: { form: 'madam', warm: false } } }] },
      /scenario "pl-warm-reminder" \(scenarios\[0\]\): client\.recipient\.form:/,
    ],
    [
      'a field the store does not hold',
      { scenarios: [{ ...readmeScenario, client: { ...readmeScenario.client, nickname: 'Ania' } }] },
      /client\.nickname: unknown field \(a misspelt or extra name is refused/,
    ],
    [
      'a misspelt required field, told once with the right name',
      { scenarios: [{ ...readmeScenario, client: { ...readmeScenario.client, recipient: { frm: 'pani', warm: true } } }] },
      /^catalog: .*: a problem; nothing was written\.\n {2}- scenario "pl-warm-reminder" \(scenarios\[0\]\): client\.recipient\.frm: unknown field; did you mean "form"\? \("form" is required and missing\)\n$/,
    ],
    [
      'a misspelt top-level key',
      { scenario: [readmeScenario] },
      /^catalog: .*: a problem; nothing was written\.\n {2}- scenario: unknown field; did you mean "scenarios"\?/,
    ],
    [
      'a required part left out, told as missing rather than as a wrong value',
      { scenarios: [{ ...readmeScenario, client: { ...readmeScenario.client, contract: undefined } }] },
      /scenario "pl-warm-reminder" \(scenarios\[0\]\): client\.contract: required, missing \(expected object\)/,
    ],
    ['invalid JSON, located by line and column', '{\n  "scenarios": [\n    { "id": "a", }\n  ]\n}', /not valid JSON at line 3, column 18: /],
    [
      'an amount in złoty instead of grosze',
      { scenarios: [{ ...readmeScenario, offboarding: { ...readmeScenario.offboarding, settlement: [{ ...readmeScenario.offboarding.settlement[0], amountMinor: 2460.5 }] } }] },
      /offboarding\.settlement\[0\]\.amountMinor: Expected an amount in whole minor units/,
    ],
    ['an offboarding without its client', { scenarios: [{ ...readmeScenario, client: undefined }] }, /offboarding: an offboarding needs its client/],
    [
      "an offboarding of another client",
      { scenarios: [{ ...readmeScenario, client: { ...readmeScenario.client, id: 'anna' }, offboarding: { ...readmeScenario.offboarding, clientId: 'someone-else' } }] },
      /offboarding\.clientId: "someone-else" is not the client's id "anna"/,
    ],
    ['settings missing a field', { scenarios: [{ ...readmeScenario, settings: { profile: readmeScenario.settings.profile } }] }, /settings\.defaultLanguage: required, missing \(expected one of "pl"\|"en"\)/],
  ];

  it.each(bad)('refuses %s with a clear error and writes nothing', (_, content, message) => {
    const dir = workspace();
    const file = writeScenarios(dir, content);
    const out = join(dir, 'out');
    const result = run(['--scenarios', file, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('nothing was written');
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  });

  it('lists every problem of a file, one per line, each naming its scenario', () => {
    const dir = workspace();
    const file = writeScenarios(dir, { scenarios: [{ ...readmeScenario, today: 'soon' }, { ...readmeScenario, id: 'second', description: '' }] });
    const result = run(['--scenarios', file, '--out', join(dir, 'out')]);
    expect(result.err).toMatch(/2 problems/);
    expect(result.err).toMatch(/- scenario "pl-warm-reminder" \(scenarios\[0\]\): today:/);
    expect(result.err).toMatch(/- scenario "second" \(scenarios\[1\]\): description: Expected a description in words/);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['no arguments', [], /--scenarios FILE\.json is required/],
    ['no --out', ['--scenarios', 'x.json'], /--out DIR is required/],
    ['a flag without its value', ['--scenarios', '--out', 'dir'], /--scenarios needs a value/],
    ['an unknown argument', ['--scenarios', 'x.json', '--out', 'dir', '--force'], /unknown argument "--force"/],
    ['a file that is not there', ['--scenarios', '/nonexistent/offboard.json', '--out', 'dir'], /cannot read the scenario file \/nonexistent\/offboard\.json/],
  ];

  it.each(usage)('explains its usage on %s (exit 2)', (_, argv, message) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Usage: npm run catalog -- --scenarios FILE.json --out DIR');
  });

  it('runs as a command line with node --import tsx and exits non-zero on failure', () => {
    const dir = workspace();
    const file = writeScenarios(dir, { scenarios: [{ ...readmeScenario, today: '2026-13-01' }] });
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/catalog.ts', '--scenarios', file, '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      stderr = failure.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/scenario "pl-warm-reminder" \(scenarios\[0\]\): today: Expected a calendar date/);
  }, 30_000);
});

describe('the page', { timeout: 30_000 }, () => {
  it('shows a recorded field its words do not cover, so no fact is hidden', () => {
    const [scenario] = parseScenarioFile(JSON.stringify({ scenarios: [readmeScenario] }), 'test').scenarios;
    const client = { ...scenario!.client!, contract: { ...scenario!.client!.contract, renewal: { noticeBy: '2026-09-30' } } };
    const page = formatScenarioPage({ scenario: { ...scenario!, client }, sections: [], suggested: [] }, GOLDEN_SCENARIOS);
    expect(page).toContain('Also recorded: client.contract.renewal.noticeBy: "2026-09-30".');
    expect(formatScenarioPage(renderScenario(scenario!, []), GOLDEN_SCENARIOS)).not.toContain('Also recorded');
  });

  it('keeps hostile values literal: no HTML outside the text blocks, and no value closes a block', () => {
    const hostile = '<img src=x onerror=alert(1)> ```` and `code`';
    const content = {
      scenarios: [{ ...readmeScenario, language: 'en', client: { ...readmeScenario.client, name: hostile, company: `${hostile} Ltd`, recipient: { form: 'panstwo', warm: false } }, context: { subject: hostile, messages: [{ from: { name: hostile, email: 'x@evil.example' } }] } }],
    };
    const [scenario] = parseScenarioFile(JSON.stringify(content), 'test').scenarios;
    const page = formatScenarioPage(renderScenario(scenario!, builtInTemplates()), GOLDEN_SCENARIOS);
    let fence: string | undefined;
    const outside: string[] = [];
    const inside: string[] = [];
    for (const line of page.split('\n')) {
      if (fence === undefined && /^`{3,}text$/.test(line)) fence = line.slice(0, -'text'.length);
      else if (fence !== undefined && line === fence) fence = undefined;
      else if (fence === undefined) outside.push(line);
      else {
        expect(line.startsWith(fence), `a value closed the block: ${line}`).toBe(false);
        inside.push(line);
      }
    }
    expect(fence).toBeUndefined();
    expect(outside.join('\n')).not.toContain('<img');
    expect(outside.join('\n')).toContain('&lt;img src=x');
    // In a text block, the value stands literally, as the editor shows it.
    expect(inside.some((line) => line.includes(hostile))).toBe(true);
  });

  it("names the file it read in every page's note, not the golden file", () => {
    const dir = workspace();
    const file = writeScenarios(dir, { scenarios: [readmeScenario] });
    const out = join(dir, 'out');
    expect(run(['--scenarios', file, '--out', out]).code).toBe(0);
    const page = readFileSync(join(out, 'pl-warm-reminder.md'), 'utf8');
    expect(page).toContain(`<!-- Generated by \`npm run catalog\` from ${file.split('\\').join('/')}; do not edit by hand. -->`);
    expect(page).not.toContain('tests/golden/scenarios.json');
    expect(sourceName('tests/golden/scenarios.json', ROOT)).toBe(GOLDEN_SCENARIOS);
    expect(sourceName(join(ROOT, 'tests/golden/scenarios.json'), ROOT)).toBe(GOLDEN_SCENARIOS);
  });

  it('runs on a scenario file a newcomer wrote from the README alone (issue 12, item 8)', () => {
    const dir = workspace();
    const out = join(dir, 'out');
    const result = run(['--scenarios', join(ROOT, 'tests/unit/catalog/newcomer-scenarios.json'), '--out', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['agency-uk-retainer-en.md', 'client-terminated.md', 'dzielo-german-law.md', 'nothing-known.md', 'pl-f-zlecenie-letter.md']);
    // The London company (country "United Kingdom", postcode EC4Y) is owed a letter before claim, not the Letter of Claim.
    const uk = readFileSync(join(out, 'agency-uk-retainer-en.md'), 'utf8');
    expect(uk).toContain('`payment-demand-letter-of-claim-en-formal` — not offered: the Letter of Claim is for an individual or sole trader');
    // No language given: both, Polish first.
    const dzielo = readFileSync(join(out, 'dzielo-german-law.md'), 'utf8');
    expect(dzielo.indexOf('## Messages in Polish')).toBeGreaterThan(0);
    expect(dzielo.indexOf('## Messages in English')).toBeGreaterThan(dzielo.indexOf('## Messages in Polish'));
  });
});
