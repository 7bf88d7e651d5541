/**
 * End-to-end harness: the built extension in headless Chromium, fake webmail served from fixtures at
 * the real webmail URLs, and a network guard that aborts (and records) every other request so tests
 * can prove the extension talks to nobody.
 *
 * Also used by bench/run.ts, so it depends on nothing from vitest.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import type { StoreOperation, StoreOperations } from '../../storage/protocol';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; OFFBOARD_EXTENSION_DIR points elsewhere (e.g. to bench another build). */
export const EXTENSION_DIR = process.env.OFFBOARD_EXTENSION_DIR || join(PROJECT_ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures');
export const SCREENSHOTS_DIR = join(PROJECT_ROOT, 'tests/e2e/screenshots');

/** A Gmail thread URL shaped like the real one (the hash never reaches the network). */
export const GMAIL_THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmvXqPdJkRwZtSnHcBgTxWq';
export const OUTLOOK_THREAD_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAAQAKhXQ4tGZ0VLnUeOmc8xD9M%3D';

export type ExtensionPageName = 'popup.html' | 'options.html' | 'sidebar.html' | 'insights.html';

export function chromiumExecutable(): string {
  return process.env.OFFBOARD_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  fromServiceWorker: boolean;
  /** What the guard did with it. */
  outcome: 'extension' | 'fixture' | 'aborted';
}

/** Serves fixtures by exact URL (without the hash) and aborts everything else that is not internal. */
class NetworkGuard {
  readonly served = new Map<string, string>();
  readonly aborted: RecordedRequest[] = [];

  classify(url: string): RecordedRequest['outcome'] {
    if (isInternalUrl(url)) return 'extension';
    if (this.served.has(withoutHash(url))) return 'fixture';
    return 'aborted';
  }
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchedExtension extends LaunchedBrowser {
  extensionId: string;
  serviceWorker: Worker;
}

const guards = new WeakMap<BrowserContext, NetworkGuard>();

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Reuse this profile folder and keep it on close (a browser restart); default: a fresh temporary one. */
  profileDir?: string;
  /** Load this build instead of EXTENSION_DIR (a test's patched copy of it). */
  extensionDir?: string;
}

/**
 * Starts Chromium on a fresh temporary profile (removed on close) with the network guard installed
 * before any page exists. `extension: false` gives the same browser without Offboard (bench baseline).
 */
export async function launchChromium(options: { extension: boolean } & LaunchOptions): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (options.extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const executablePath = chromiumExecutable();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it or set OFFBOARD_CHROMIUM.`);
  }
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'offboard-e2e-'));
  const extensionArgs = options.extension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      headless: true,
      executablePath,
      args: [...BASE_ARGS, ...extensionArgs],
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  await installNetworkGuard(context);
  let closed = false;
  return {
    context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the built extension and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const launched = await launchChromium({ extension: true, ...options });
  try {
    const serviceWorker =
      launched.context.serviceWorkers().find(isExtensionWorker) ??
      (await launched.context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 20_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { ...launched, extensionId, serviceWorker };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

async function installNetworkGuard(context: BrowserContext): Promise<void> {
  const guard = new NetworkGuard();
  guards.set(context, guard);
  await context.route('**/*', async (route) => {
    const request = route.request();
    const outcome = guard.classify(request.url());
    if (outcome === 'extension') return route.continue();
    if (outcome === 'fixture') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: guard.served.get(withoutHash(request.url())) ?? '',
      });
    }
    guard.aborted.push(describeRequest(request, outcome));
    return route.abort('blockedbyclient');
  });
}

function guardOf(context: BrowserContext): NetworkGuard {
  const guard = guards.get(context);
  if (!guard) throw new Error('This context was not launched by the e2e harness (no network guard).');
  return guard;
}

/** Requests the guard aborted so far (anything not internal and not a served fixture). */
export function abortedRequests(context: BrowserContext): readonly RecordedRequest[] {
  return guardOf(context).aborted;
}

export interface WebmailFixture {
  /** The real webmail URL to serve the page at; the hash is ignored for routing. */
  url: string;
  /** A file name in tests/fixtures/ … */
  fixture?: string;
  /** … or the HTML itself (benchmarks generate large pages). */
  html?: string;
}

/** Serves a fixture at a webmail URL; returns the URL to navigate to. */
export function serveWebmail(context: BrowserContext, { url, fixture, html }: WebmailFixture): string {
  if ((fixture === undefined) === (html === undefined)) {
    throw new Error('serveWebmail needs exactly one of `fixture` or `html`.');
  }
  const { protocol } = new URL(url);
  if (protocol !== 'https:') throw new Error(`Webmail URLs are https only, got ${url}`);
  guardOf(context).served.set(withoutHash(url), html ?? readFixture(fixture ?? ''));
  return url;
}

export function readFixture(name: string): string {
  const path = join(FIXTURES_DIR, name);
  if (!existsSync(path)) throw new Error(`Fixture missing: tests/fixtures/${name}`);
  return readFileSync(path, 'utf8');
}

export interface RequestRecorder {
  readonly requests: readonly RecordedRequest[];
  /** Requests that went to neither a chrome-extension:// URL nor a served fixture URL. */
  offending(): RecordedRequest[];
  stop(): void;
}

/** Records every request the context sees (pages, frames and the extension's service worker). */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const guard = guardOf(context);
  const requests: RecordedRequest[] = [];
  const onRequest = (request: Request) => {
    requests.push(describeRequest(request, guard.classify(request.url())));
  };
  context.on('request', onRequest);
  return {
    requests,
    offending: () => requests.filter((r) => r.outcome === 'aborted'),
    stop: () => context.off('request', onRequest),
  };
}

/** Opens one of the extension's own pages in a new tab and waits until it has loaded. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  name: ExtensionPageName,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${name}`, { waitUntil: 'load' });
  return page;
}

export type StoreReply<O extends StoreOperation> = { res: StoreOperations[O]['res'] } | { err: string };

/**
 * Sends one store operation through the real message API from inside an extension page
 * (`{ type: 'offboard:request', op, req }` → `{ res } | { err }`). Delivery failures come back as `err`.
 */
export async function callStore<O extends StoreOperation>(
  page: Page,
  op: O,
  req: StoreOperations[O]['req'],
): Promise<StoreReply<O>> {
  const reply = await page.evaluate(
    async ({ op, req }) => {
      try {
        const answer: unknown = await chrome.runtime.sendMessage({ type: 'offboard:request', op, req });
        return { answer };
      } catch (error) {
        return { failure: `sendMessage failed: ${String(error)}` };
      }
    },
    { op, req },
  );
  if ('failure' in reply) return { err: String(reply.failure) };
  return toStoreReply<O>(reply.answer);
}

/** Unwraps a reply or throws with the store's error: for setup steps that must succeed. */
export async function callStoreOk<O extends StoreOperation>(
  page: Page,
  op: O,
  req: StoreOperations[O]['req'],
): Promise<StoreOperations[O]['res']> {
  const reply = await callStore(page, op, req);
  if ('err' in reply) throw new Error(`store ${op} failed: ${reply.err}`);
  return reply.res;
}

function toStoreReply<O extends StoreOperation>(answer: unknown): StoreReply<O> {
  if (answer === undefined) return { err: 'no reply (no listener answered the message)' };
  if (typeof answer !== 'object' || answer === null) return { err: `malformed reply: ${JSON.stringify(answer)}` };
  if ('err' in answer) {
    return { err: describeStoreError(answer.err) };
  }
  if ('res' in answer) return { res: answer.res as StoreOperations[O]['res'] };
  return { err: `malformed reply: ${JSON.stringify(answer)}` };
}

/** The router answers `{ err: { message, code? } }`; flatten it to one readable line. */
function describeStoreError(err: unknown): string {
  if (typeof err === 'string') return err;
  if (typeof err === 'object' && err !== null && 'message' in err) {
    const code = 'code' in err && typeof err.code === 'string' ? `${err.code}: ` : '';
    return `${code}${String(err.message)}`;
  }
  return JSON.stringify(err);
}

/** Saves a PNG into tests/e2e/screenshots/ (committed; the README shows them). */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Screenshot names are kebab-case, got "${name}"`);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The sidebar iframe the content script mounts into the webmail page. */
export const SIDEBAR_SELECTOR = '[data-testid="offboard-sidebar"]';

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

function isInternalUrl(url: string): boolean {
  return /^(chrome-extension|data|blob|about):/.test(url);
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function describeRequest(request: Request, outcome: RecordedRequest['outcome']): RecordedRequest {
  return {
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    fromServiceWorker: request.serviceWorker() !== null,
    outcome,
  };
}
