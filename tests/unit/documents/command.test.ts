/** `npm run documents`: usage errors, a bad scenario file that writes nothing, and the PDFs it writes. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocumentsCommand } from '../../../catalog/documents-command';
import { extractPdfText } from './pdf-text';

const ROOT = join(import.meta.dirname, '../../..');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
}

describe('npm run documents', () => {
  it('exits 2 with the usage on a missing or unknown argument', async () => {
    const first = io();
    expect(await runDocumentsCommand(['--out', '/tmp/x'], first.io)).toBe(2);
    expect(first.err.join('')).toMatch(/--scenarios FILE.json is required[\s\S]*Usage: npm run documents/);
    const second = io();
    expect(await runDocumentsCommand(['--scenarios', 'a.json', '--out', '/tmp/x', '--format', 'docx'], second.io)).toBe(2);
    expect(second.err.join('')).toContain('--format is pdf or text, not "docx"');
  });

  it('exits 1 on a bad scenario file, naming the scenario and field, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offboard-documents-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ scenarios: [{ id: 'x', description: 'd', today: '2026-01-01', values: { 'no path': '1' } }] }));
    const out = join(dir, 'out');
    const run = io();
    expect(await runDocumentsCommand(['--scenarios', file, '--out', out], run.io)).toBe(1);
    expect(run.err.join('')).toMatch(/scenario "x" \(scenarios\[0\]\): values/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a PDF per ready document, named by document, client and date, and says what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offboard-documents-'));
    const run = io();
    expect(await runDocumentsCommand(['--scenarios', join(ROOT, 'tests/golden/document-scenarios.json'), '--out', dir], run.io)).toBe(0);
    const files = readdirSync(join(dir, 'en-agency-qes')).sort();
    expect(files).toEqual([
      'handover-record-blue-harbour-ltd-2026-05-04.pdf',
      'notice-of-termination-blue-harbour-ltd-2026-05-04.pdf',
      'statement-of-account-blue-harbour-ltd-2026-05-04.pdf',
      'termination-agreement-blue-harbour-ltd-2026-05-04.pdf',
    ]);
    const read = await extractPdfText(new Uint8Array(readFileSync(join(dir, 'en-agency-qes', 'notice-of-termination-blue-harbour-ltd-2026-05-04.pdf'))));
    expect(read.text).toContain('Notice of termination');
    expect(run.out.join('')).toContain('pl-nothing-recorded: 0 document(s); not produced for missing facts: termination-statement (pl)');
    expect(existsSync(join(dir, 'pl-nothing-recorded'))).toBe(false);
  });
});
