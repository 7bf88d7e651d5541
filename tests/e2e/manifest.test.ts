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
 * The one place the allowed permissions are written down. `scripting` registers the Outlook content
 * script for a company address the user granted; Chrome shows no install warning for it.
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
    expect(firefox.web_accessible_resources).toEqual([
      { resources: ['sidebar.html', 'outlook-runtime.js'], matches: ['https://*/*'] },
      { resources: ['gmail-runtime.js'], matches: WEBMAIL_MATCHES },
    ]);
  });

  it('holds no host permission at install: content scripts are declared per origin, company addresses are optional', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(EXPECTED_OPTIONAL_HOSTS);
    expect(CUSTOM_WEBMAIL_OPTIONAL_ORIGINS).toEqual(EXPECTED_OPTIONAL_HOSTS);
  });

  it('runs content scripts on exactly the four webmail origins', () => {
    expect(sorted(WEBMAIL_MATCHES)).toEqual(sorted(WEBMAIL_ORIGINS));
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    const matched = scripts.flatMap((script) => script.matches ?? []);
    expect(sorted(matched)).toEqual(sorted(WEBMAIL_ORIGINS));
    for (const script of scripts) {
      // The isolated world only: nothing of ours runs in the webmail's own JavaScript context.
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  it('exposes the sidebar and the Outlook runtime to https pages, the Gmail runtime to the webmails, only at per-session URLs', () => {
    const entries = manifest.web_accessible_resources ?? [];
    const exposed = (resource: string) => entries.find((entry) => entry.resources.includes(resource))?.matches;
    expect(sorted(entries.flatMap((entry) => entry.resources))).toEqual(['gmail-runtime.js', 'outlook-runtime.js', 'sidebar.html']);
    // https pages, because a company address granted at run time must frame the sidebar and import
    // the Outlook runtime (README › Security).
    expect(exposed('sidebar.html')).toEqual(['https://*/*']);
    expect(exposed('outlook-runtime.js')).toEqual(['https://*/*']);
    expect(SIDEBAR_FRAME_MATCHES).toEqual(['https://*/*']);
    expect(sorted(exposed('gmail-runtime.js') ?? [])).toEqual(sorted(WEBMAIL_MATCHES));
    for (const entry of entries) {
      expect(entry.extension_ids).toBeUndefined();
      for (const resource of entry.resources) expect(resource).not.toContain('*');
      // Only at a per-session URL: the page can neither frame them at the extension id nor probe for them.
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
