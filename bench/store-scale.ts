/**
 * Section "store": the real store at 1 000, 10 000 and 100 000 clients (10 events each), reached
 * through the same message API and the same options-page buttons the user has, with each figure's
 * growth from one size to the next. BENCH_SIZES=1000,10000 chooses other sizes (100 000 takes
 * several minutes on a 2-core machine); BENCH_EVENTS_PER_CLIENT, BENCH_RUNS too.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { callStore, launchWithExtension, openExtensionPage, type LaunchedExtension } from '../tests/e2e/harness';
import { NotAvailable, figure, type Figure } from './report';
import { envInt, median, percentile } from './stats';
import { FIRST_ROW_WATCH, matchScript, seedScript } from './store-scripts';

export const STORE_TARGETS = {
  matchP95Ms: 5,
  /** Growth of the popup's first screen per ×10 clients. */
  popupGrowth: 1.3,
  /** Growth of export and import per ×10 data: linear, with a little slack. */
  transferGrowth: 11,
};

async function popupFirstScreen(browser: LaunchedExtension): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(FIRST_ROW_WATCH);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.locator('[data-testid="overview-row"]').first().waitFor({ state: 'visible', timeout: 60_000 }).catch(() => {
      throw new NotAvailable('popup shows no [data-testid="overview-row"]');
    });
    const ms = (await page.waitForFunction('window.__benchFirstRow', undefined, { timeout: 5_000 })).jsonValue();
    return Number(await ms);
  } finally {
    await page.close();
  }
}

/** A write that changes an overview row, so the next popup open finds nothing precomputed for it. */
async function touchOverview(page: Page, clientId: string, round: number): Promise<void> {
  const updated = await callStore(page, 'clients.update', { id: clientId, changes: { notes: `bench touch ${round}` } });
  if ('err' in updated) throw new NotAvailable(`clients.update: ${updated.err}`);
}

async function seedTemplates(page: Page): Promise<void> {
  const started = await callStore(page, 'offboarding.start', {
    name: 'Bench Template',
    company: 'Bench Template Ltd',
    email: 'template@bench-template.example.com',
    language: 'en',
    initiator: 'we',
    reason: 'capacity',
  });
  if ('err' in started) throw new NotAvailable(`offboarding.start: ${started.err}`);
  const offboarding = started.res.offboarding;
  const note = await callStore(page, 'events.append', {
    clientId: started.res.client.id,
    ...(offboarding ? { offboardingId: offboarding.id } : {}),
    type: 'note',
    data: { text: 'Bench event' },
  });
  if ('err' in note) throw new NotAvailable(`events.append: ${note.err}`);
}

/**
 * The background's JS heap (Runtime.getHeapUsage over the DevTools protocol, reached through a page's
 * session attached to the service-worker target) while `work` runs: every 2 s a forced collection
 * and the heap left after it (what the background keeps: the bound is on this), and every 200 ms the
 * heap as used, garbage not yet collected included (how much V8 let pile up between collections).
 */
async function withHeapSampling<T>(browser: LaunchedExtension, page: Page, work: () => Promise<T>): Promise<{ value: T; liveBytes: number | null; usedBytes: number | null }> {
  const cdp = await browser.context.newCDPSession(page);
  const targets = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; targetId: string; url: string }> };
  const worker = targets.targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(browser.extensionId));
  if (!worker) throw new NotAvailable('no service-worker target to measure');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  const waiting = new Map<number, (used: number) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result?.usedSize ?? 0);
  });
  let next = 0;
  const send = (method: string) =>
    new Promise<number>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => resolve(0));
    });
  const withTimeout = (sent: Promise<number>) => Promise.race([sent, new Promise<number>((resolve) => setTimeout(() => resolve(0), 5_000))]);
  let used: number | null = null;
  let live: number | null = null;
  let running = true;
  const sampler = (async () => {
    let lastCollection = Date.now();
    while (running) {
      if (Date.now() - lastCollection >= 2_000) {
        await withTimeout(send('HeapProfiler.collectGarbage'));
        const after = await withTimeout(send('Runtime.getHeapUsage'));
        if (after > 0) live = Math.max(live ?? 0, after);
        lastCollection = Date.now();
      }
      const now = await withTimeout(send('Runtime.getHeapUsage'));
      if (now > 0) used = Math.max(used ?? 0, now);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  try {
    return { value: await work(), liveBytes: live, usedBytes: used };
  } finally {
    running = false;
    await sampler;
    await cdp.detach().catch(() => undefined);
  }
}

/** Export through the options page's button: click to "backup saved", the file saved to `path`. */
async function exportThroughUi(page: Page, path: string): Promise<number> {
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30 * 60_000 }), page.click('[data-testid="export-data"]')]);
  await page.locator('[data-testid="export-done"]').waitFor({ state: 'visible', timeout: 30 * 60_000 });
  const ms = Date.now() - start;
  await download.saveAs(path);
  return ms;
}

/** Import through the options page's file input: pick to "imported". */
async function importThroughUi(page: Page, path: string): Promise<number> {
  const start = Date.now();
  await page.setInputFiles('[data-testid="import-file"]', path);
  await page.locator('[data-testid="import-done"]').waitFor({ state: 'visible', timeout: 30 * 60_000 });
  return Date.now() - start;
}

/** The trailer's counts and a SHA-256 of every record line (the header, which carries the time, left out). */
async function fileDigest(path: string): Promise<{ counts: string; sha: string }> {
  const hash = createHash('sha256');
  let previous: string | null = null;
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    number += 1;
    if (previous !== null && number > 2) hash.update(`${previous}\n`);
    previous = line;
  }
  const trailer = JSON.parse(previous ?? '{}') as { counts?: unknown };
  return { counts: JSON.stringify(trailer.counts), sha: hash.digest('hex') };
}

interface SizeResult {
  clients: number;
  events: number;
  seedMs: number;
  popupMs: number;
  exportMs: number;
  importMs: number;
  differences: number;
  fileBytes: number;
  /** The most the background kept (heap after a forced collection) during export and import. */
  heapBytes: number | null;
  /** The most V8's used heap reached between those collections (garbage included). */
  usedHeapBytes: number | null;
  matchP95: number;
}

async function measureSize(clients: number, perClient: number, runs: number): Promise<SizeResult> {
  const browser = await launchWithExtension();
  const dir = mkdtempSync(join(tmpdir(), 'offboard-bench-store-'));
  try {
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const probe = await callStore(page, 'settings.get', {});
    if ('err' in probe) throw new NotAvailable(`store not reachable: ${probe.err}`);
    await seedTemplates(page);
    const seeded = (await page.evaluate(seedScript(clients, perClient))) as { ms: number; result: { clients: number; events: number } };
    if (seeded.result.clients !== clients || seeded.result.events !== clients * perClient) {
      throw new Error(`seeding imported ${JSON.stringify(seeded.result)}, wanted ${clients} clients / ${clients * perClient} events`);
    }
    const match = (await page.evaluate(matchScript(200, clients))) as { hits: number[]; wrong: number };
    if (match.wrong > 0) throw new Error(`clients.match gave ${match.wrong} wrong answers`);

    const popup: number[] = [];
    for (let i = 0; i < runs; i++) {
      await touchOverview(page, 'bc0', i);
      popup.push(await popupFirstScreen(browser));
    }

    await page.reload({ waitUntil: 'load' });
    await page.locator('[data-testid="export-data"]').waitFor({ state: 'visible' });
    const transferRuns = clients >= 100_000 ? 1 : Math.min(runs, 3);
    const exports: number[] = [];
    const imports: number[] = [];
    let differences = 0;
    let heapBytes: number | null = null;
    let usedHeapBytes: number | null = null;
    let fileBytes = 0;
    for (let i = 0; i < transferRuns; i++) {
      const first = join(dir, `first-${i}.jsonl`);
      const second = join(dir, `second-${i}.jsonl`);
      const exported = await withHeapSampling(browser, page, () => exportThroughUi(page, first));
      exports.push(exported.value);
      fileBytes = statSync(first).size;
      const imported = await withHeapSampling(browser, page, () => importThroughUi(page, first));
      imports.push(imported.value);
      await exportThroughUi(page, second);
      const [a, b] = await Promise.all([fileDigest(first), fileDigest(second)]);
      if (a.counts !== b.counts || a.sha !== b.sha) differences += 1;
      for (const peak of [exported.liveBytes, imported.liveBytes]) if (peak !== null) heapBytes = Math.max(heapBytes ?? 0, peak);
      for (const peak of [exported.usedBytes, imported.usedBytes]) if (peak !== null) usedHeapBytes = Math.max(usedHeapBytes ?? 0, peak);
      rmSync(first);
      rmSync(second);
    }
    return {
      clients,
      events: clients * perClient,
      seedMs: seeded.ms,
      popupMs: median(popup),
      exportMs: median(exports),
      importMs: median(imports),
      differences,
      fileBytes,
      heapBytes,
      usedHeapBytes,
      matchP95: percentile(match.hits, 95),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
  }
}

function sizesFromEnv(): number[] {
  const raw = process.env.BENCH_SIZES;
  if (raw === undefined || raw.trim() === '') return [1_000, 10_000, 100_000];
  const sizes = raw.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`BENCH_SIZES must be positive integers separated by commas, got "${raw}"`);
  return sizes;
}

/**
 * What the background may keep (heap after a collection) during an export or import of any size:
 * a page or two batches of rows, never the store. 64 MiB leaves room for the rest of the worker.
 */
export const HEAP_BOUND_BYTES = 64 * 1024 * 1024;

export async function measureStoreScale(): Promise<Figure[]> {
  const perClient = envInt('BENCH_EVENTS_PER_CLIENT', 10);
  const runs = envInt('BENCH_RUNS', 5);
  const results: SizeResult[] = [];
  for (const size of sizesFromEnv()) {
    const result = await measureSize(size, perClient, runs);
    console.error(`bench store: ${JSON.stringify(result)}`); // a long run's sizes as they finish
    results.push(result);
  }

  const figures: Figure[] = [];
  results.forEach((r, index) => {
    const previous = index > 0 ? results[index - 1] : undefined;
    const growth = (now: number, before: number | undefined) => (before === undefined ? '' : `, ×${(now / before).toFixed(2)} vs ${previous!.clients}`);
    const label = `${r.clients} clients / ${r.events} events`;
    figures.push(
      figure(`[${r.clients}] seed (streamed import of ${label})`, r.seedMs, 'ms', undefined, `one run${growth(r.seedMs, previous?.seedMs)}`),
      figure(`[${r.clients}] clients.match p95`, r.matchP95, 'ms', { op: '<', limit: STORE_TARGETS.matchP95Ms }, `p95 of 200${growth(r.matchP95, previous?.matchP95)}`),
      figure(`[${r.clients}] popup first screen after a change`, r.popupMs, 'ms', undefined, `median of ${runs}${growth(r.popupMs, previous?.popupMs)}`),
      figure(`[${r.clients}] export (options page, click to file; ${(r.fileBytes / 1e6).toFixed(1)} MB)`, r.exportMs, 'ms', undefined, `${growth(r.exportMs, previous?.exportMs).slice(2) || 'median'}`),
      figure(`[${r.clients}] import (options page, pick to done)`, r.importMs, 'ms', undefined, `${growth(r.importMs, previous?.importMs).slice(2) || 'median'}`),
      figure(`[${r.clients}] export→import→export differences (counts, SHA-256 of records)`, r.differences, 'count', { op: '<=', limit: 0 }),
    );
    if (r.heapBytes !== null) {
      figures.push(figure(`[${r.clients}] background heap kept during export/import (after a forced collection, every 2 s)`, r.heapBytes / 1e6, 'MB', { op: '<=', limit: HEAP_BOUND_BYTES / 1e6 }));
    }
    if (r.usedHeapBytes !== null) {
      figures.push(figure(`[${r.clients}] background heap used between collections (garbage included)`, r.usedHeapBytes / 1e6, 'MB'));
    }
    if (previous) {
      const times = r.clients / previous.clients;
      figures.push(
        figure(`popup first screen growth ${previous.clients}→${r.clients}`, r.popupMs / previous.popupMs, '×', times === 10 ? { op: '<=', limit: STORE_TARGETS.popupGrowth } : undefined),
        figure(`export growth ${previous.clients}→${r.clients}`, r.exportMs / previous.exportMs, '×', times === 10 && r.clients >= 100_000 ? { op: '<=', limit: STORE_TARGETS.transferGrowth } : undefined),
        figure(`import growth ${previous.clients}→${r.clients}`, r.importMs / previous.importMs, '×', times === 10 && r.clients >= 100_000 ? { op: '<=', limit: STORE_TARGETS.transferGrowth } : undefined),
      );
    }
  });
  return figures;
}
