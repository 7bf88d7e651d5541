/**
 * What the stores receive: the Chrome zip, the Firefox zip and the sources zip AMO asks for (made by
 * `npm run zip`, which `npm test` runs first), and Mozilla's own linter on the Firefox build.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const ROOT = resolve(__dirname, '../..');
const OUT = resolve(ROOT, process.env.OFFBOARD_OUT_DIR || '.output');
const pkg = z.object({ name: z.string(), version: z.string() }).parse(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')));

const zipPath = (what: 'chrome' | 'firefox' | 'sources') => resolve(OUT, `${pkg.name}-${pkg.version}-${what}.zip`);

async function openZip(path: string): Promise<JSZip> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first (npm test does)`);
  return JSZip.loadAsync(readFileSync(path));
}

const files = (zip: JSZip) => Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name);
const isSourceMap = (name: string) => name.endsWith('.map');
const isTestFile = (name: string) => /(^|\/)(tests?|__tests__|e2e)\//.test(name) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(name) || name === 'vitest.config.ts';

const manifestSchema = z.looseObject({ manifest_version: z.literal(3), version: z.string() });

describe.each(['chrome', 'firefox'] as const)('the %s store zip', (browser) => {
  it('holds a manifest whose version is package.json\'s, and no source maps or test files', async () => {
    const zip = await openZip(zipPath(browser));
    const manifestFile = zip.file('manifest.json');
    expect(manifestFile, 'manifest.json at the zip root').not.toBeNull();
    const manifest = manifestSchema.parse(JSON.parse(await manifestFile!.async('string')));
    expect(manifest.version).toBe(pkg.version);
    const names = files(zip);
    expect(names.filter(isSourceMap)).toEqual([]);
    expect(names.filter(isTestFile)).toEqual([]);
    expect(names).toContain('sidebar.html');
    // The four webmails only, where the background injects the runtime after load (issue 16: no manifest
    // content script); a company's Outlook address is asked for at run time (README › Permissions).
    // Chrome's `offscreen` writes the automatic backup's file; `downloads` is asked only when it is turned on.
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications', 'clipboardWrite', 'scripting', ...(browser === 'chrome' ? ['offscreen'] : [])]);
    expect(manifest.optional_permissions).toEqual(['downloads']);
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*']);
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    if (browser === 'firefox') {
      expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: 'offboard@offboard.app', data_collection_permissions: { required: ['none'] } } });
    } else {
      expect(manifest).not.toHaveProperty('browser_specific_settings');
    }
  });
});

describe('the sources zip for AMO', () => {
  it('holds what builds the extension at package.json\'s version, and no tests, source maps or dependencies', async () => {
    const zip = await openZip(zipPath('sources'));
    const names = files(zip);
    const packed = z.looseObject({ version: z.string() }).parse(JSON.parse(await zip.file('package.json')!.async('string')));
    expect(packed.version).toBe(pkg.version);
    for (const needed of ['package-lock.json', 'wxt.config.ts', 'README.md', 'templates/library-plugin.ts', 'entrypoints/background/index.ts']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((name) => name.startsWith('node_modules/') || name.startsWith('.output/'))).toEqual([]);
    expect(names.filter(isSourceMap)).toEqual([]);
    expect(names.filter(isTestFile)).toEqual([]);
  });
});

const lintMessage = z.object({ code: z.string(), message: z.string(), file: z.optional(z.string()) });
const lintReport = z.object({
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(lintMessage),
  warnings: z.array(lintMessage),
  notices: z.array(lintMessage),
});

/** The README's table of accepted linter warnings: `| CODE | file glob | why it stays |`. */
function acceptedWarnings(): Array<{ code: string; file: RegExp }> {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.split('### Firefox linter warnings')[1]?.split(/\n#{2,3} /)[0];
  if (!section) throw new Error('README.md has no "### Firefox linter warnings" section');
  return [...section.matchAll(/^\| `([A-Z_]+)` \| `([^`]+)` \|/gm)].map(([, code, glob]) => ({
    code: code!,
    file: new RegExp(`^${glob!.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
  }));
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors, and only the warnings the README lists with their reasons', async () => {
    const sourceDir = resolve(OUT, 'firefox-mv3');
    if (!existsSync(resolve(sourceDir, 'manifest.json'))) throw new Error(`${sourceDir} is missing: run npm run zip first (npm test does)`);
    const bin = resolve(ROOT, 'node_modules/.bin/web-ext');
    // web-ext exits non-zero when it finds errors; the report on stdout is what is checked.
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = lintReport.parse(JSON.parse(stdout));
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
    const accepted = acceptedWarnings();
    expect(accepted.length).toBeGreaterThan(0);
    const unlisted = report.warnings.filter((w) => !accepted.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
    expect(unlisted.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`), 'add it to the README with the reason it stays, or fix it').toEqual([]);
  }, 120_000);
});
