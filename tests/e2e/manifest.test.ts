/**
 * Pins what the built extension may do. Adding a permission, widening a match pattern or shipping
 * code that evaluates strings must be a deliberate change to this file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import wxtConfig from '../../wxt.config';
import { CUSTOM_WEBMAIL_OPTIONAL_ORIGINS, SIDEBAR_FRAME_MATCHES, WEBMAIL_MATCHES } from '../../common/webmail-origins';
import { EXTENSION_DIR } from './harness';

/**
 * The one place the allowed permissions are written down. `scripting` injects the runtimes into the
 * webmail tabs once their pages have loaded (background/page-injection.ts); Chrome shows no install
 * warning for it.
 */
const FIREFOX_PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'clipboardWrite', 'scripting'];
/** Chrome also has `offscreen`: its worker cannot make the automatic backup's blob URL (no install warning). */
const EXPECTED_PERMISSIONS = [...FIREFOX_PERMISSIONS, 'offscreen'];
/** Asked from the options page only when the user turns the automatic backup on. */
const EXPECTED_OPTIONAL_PERMISSIONS = ['downloads'];
/** Asked for one exact host at a time from the options page (common/custom-webmail.ts); nothing held at install. */
const EXPECTED_OPTIONAL_HOSTS = ['https://*/*'];

const WEBMAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; js?: string[]; all_frames?: boolean; world?: string }>;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; extension_ids?: string[]; use_dynamic_url?: boolean }>;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  [key: string]: unknown;
}

function readBuiltManifest(): BuiltManifest {
  const path = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built manifest at ${path}: run \`npx wxt build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sorted = (list: readonly string[]) => [...list].sort();

/** Patterns a Chrome Web Store reviewer (and MV3's CSP) rejects: string evaluation and remote code. */
const FORBIDDEN_CODE: Array<{ what: string; pattern: RegExp }> = [
  { what: 'eval(', pattern: /(?<![\w$])eval\s*\(/ },
  { what: 'new Function(', pattern: /new\s+Function\s*\(/ },
  { what: 'import() of a remote URL', pattern: /import\s*\(\s*["'`]https?:\/\//i },
  { what: 'importScripts() of a remote URL', pattern: /importScripts\s*\(\s*["'`]https?:\/\//i },
  { what: 'script src set to a remote URL', pattern: /\.src\s*=\s*["'`]https?:\/\//i },
  { what: 'script element with a remote src', pattern: /<script[^>]+src\s*=\s*["']?https?:\/\//i },
];

function forbiddenCodeIn(text: string): string[] {
  return FORBIDDEN_CODE.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
}

describe('the built manifest', () => {
  let manifest: BuiltManifest;
  beforeAll(() => {
    manifest = readBuiltManifest();
  });

  it('is MV3 and asks for exactly the expected permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.permissions ?? [])).toEqual(sorted(EXPECTED_PERMISSIONS));
    expect(manifest.optional_permissions).toEqual(EXPECTED_OPTIONAL_PERMISSIONS);
  });

  it('is built from the current wxt.config.ts (a stale build would hide a new permission)', async () => {
    const { manifest: declare } = wxtConfig;
    if (typeof declare !== 'function') throw new Error('wxt.config.ts manifest is expected to be a function');
    const declared = await declare({ browser: 'chrome', command: 'build', mode: 'production', manifestVersion: 3 });
    expect(sorted(declared.permissions ?? [])).toEqual(sorted(manifest.permissions ?? []));
    expect(declared.optional_host_permissions).toEqual(manifest.optional_host_permissions);
    expect(declared.optional_permissions).toEqual(manifest.optional_permissions);
  });

  it('gives Firefox (MV3 there too) the same permissions but offscreen, the same optional ones and hosts, without use_dynamic_url', async () => {
    const { manifest: declare } = wxtConfig;
    if (typeof declare !== 'function') throw new Error('wxt.config.ts manifest is expected to be a function');
    const firefox = await declare({ browser: 'firefox', command: 'build', mode: 'production', manifestVersion: 3 });
    expect(sorted(firefox.permissions ?? [])).toEqual(sorted(FIREFOX_PERMISSIONS));
    expect(firefox.optional_host_permissions).toEqual(EXPECTED_OPTIONAL_HOSTS);
    expect(firefox.optional_permissions).toEqual(EXPECTED_OPTIONAL_PERMISSIONS);
    expect(firefox.host_permissions).toEqual(WEBMAIL_MATCHES);
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['sidebar.html'], matches: ['https://*/*'] }]);
  });

  it('holds host permissions for exactly the four webmails; company addresses are optional', () => {
    expect(sorted(manifest.host_permissions ?? [])).toEqual(sorted(WEBMAIL_ORIGINS));
    expect(sorted(WEBMAIL_MATCHES)).toEqual(sorted(WEBMAIL_ORIGINS));
    expect(manifest.optional_host_permissions).toEqual(EXPECTED_OPTIONAL_HOSTS);
    expect(CUSTOM_WEBMAIL_OPTIONAL_ORIGINS).toEqual(EXPECTED_OPTIONAL_HOSTS);
  });

  it('declares no content script: nothing of Offboard is in a webmail page before its load event (issue 16)', () => {
    // The background injects the runtimes once the page has loaded, in the isolated world
    // (scripting.executeScript without `world`: ISOLATED, background/page-injection.ts).
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('exposes only the sidebar, to https pages, only at its per-session URL; the runtimes not at all', () => {
    const entries = manifest.web_accessible_resources ?? [];
    expect(entries.flatMap((entry) => entry.resources)).toEqual(['sidebar.html']);
    // https pages, because a company address granted at run time must frame the sidebar (README › Security).
    expect(entries[0]!.matches).toEqual(['https://*/*']);
    expect(SIDEBAR_FRAME_MATCHES).toEqual(['https://*/*']);
    for (const entry of entries) {
      expect(entry.extension_ids).toBeUndefined();
      for (const resource of entry.resources) expect(resource).not.toContain('*');
      // Only at a per-session URL: the page can neither frame it at the extension id nor probe for it.
      expect(entry.use_dynamic_url).toBe(true);
    }
  });

  it('cannot be messaged by web pages or other extensions', () => {
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the default content security policy (no unsafe-eval, no remote script sources)', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('the built code', () => {
  it('contains no string evaluation and loads no remote code', () => {
    if (!existsSync(EXTENSION_DIR)) throw new Error(`No build at ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
    const files = filesUnder(EXTENSION_DIR).filter((path) => /\.(m?js|html)$/.test(path));
    expect(files.some((path) => path.endsWith('background.js'))).toBe(true);
    const findings = files.flatMap((path) =>
      forbiddenCodeIn(readFileSync(path, 'utf8')).map((what) => `${relative(EXTENSION_DIR, path)}: ${what}`),
    );
    expect(findings).toEqual([]);
  });

  it('the scanner itself recognises every forbidden pattern', () => {
    const samples = [
      'const x = eval("1+1")',
      'const f = new Function("a", "return a")',
      'await import("https://cdn.example.com/x.js")',
      "importScripts('https://cdn.example.com/sw.js')",
      's.src="https://cdn.example.com/a.js"',
      '<script src="https://cdn.example.com/a.js"></script>',
    ];
    expect(samples.map((sample) => forbiddenCodeIn(sample).length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(forbiddenCodeIn('const retrieval = medieval; import("./chunk.js"); x.src = "/sidebar.html"')).toEqual([]);
  });
});
