/**
 * Section 2: cost to the webmail. The same large thread and the same mutation storm, in a browser
 * with Offboard and one without, alternating A/B so both see the same machine load.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  GMAIL_THREAD_URL,
  OUTLOOK_THREAD_URL,
  SIDEBAR_SELECTOR,
  launchChromium,
  serveWebmail,
  type LaunchedBrowser,
} from '../tests/e2e/harness';
import { LONGTASK_RECORDER, longTasksBetween, stormScript } from './page-scripts';
import { figure, type Figure } from './report';
import { envInt, median } from './stats';
import { GMAIL_SHAPE, OUTLOOK_SHAPE, THREAD_MARK, collapsedGmailThread, largeThread } from './webmail-pages';

export const COST_TARGET_RATIO = 1.05;

interface LongTask {
  start: number;
  duration: number;
  attribution: Array<{ name?: string; containerType?: string; containerSrc?: string; containerName?: string }>;
}

interface StormRun {
  taskMs: number;
  /** The main thread's CPU time (CDP ThreadTime): what the storm cost, without the waits of a loaded machine. */
  cpuMs: number;
  scriptMs: number;
  mutations: number;
  longTasks: LongTask[];
}

async function oneStorm(context: BrowserContext, url: string, withExtension: boolean, stormMs: number): Promise<StormRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(LONGTASK_RECORDER);
    await page.goto(url, { waitUntil: 'load' });
    if (withExtension) {
      // Let the content script mount before the storm; a missing sidebar is reported by other sections.
      await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: 5_000 }).catch(() => undefined);
    }
    await page.waitForTimeout(1_000); // settle: an idle period, both variants alike
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const before = new Map((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const storm = (await page.evaluate(stormScript(stormMs, `[${THREAD_MARK}]`))) as { start: number; end: number; mutations: number };
    const after = new Map((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await session.detach();
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    const longTasks = (await page.evaluate(longTasksBetween(storm.start, storm.end))) as LongTask[] | null;
    if (!longTasks) throw new Error('this Chromium does not report long tasks (PerformanceObserver "longtask")');
    return { taskMs: delta('TaskDuration'), cpuMs: delta('ThreadTime'), scriptMs: delta('ScriptDuration'), mutations: storm.mutations, longTasks };
  } finally {
    await page.close();
  }
}

async function measureProvider(
  name: string,
  page: { url: string; html: string; described: string },
  browsers: { ext: LaunchedBrowser; base: LaunchedBrowser },
): Promise<Figure[]> {
  const runs = Math.max(5, envInt('BENCH_COST_RUNS', 5));
  const stormMs = envInt('BENCH_STORM_MS', 10_000);
  const { url, html } = page;
  for (const b of [browsers.ext, browsers.base]) serveWebmail(b.context, { url, html });
  const withExt: StormRun[] = [];
  const without: StormRun[] = [];
  for (let i = 0; i < runs; i++) {
    // A/B then B/A: neither variant always runs on the warmer machine.
    const order = i % 2 === 0 ? (['ext', 'base'] as const) : (['base', 'ext'] as const);
    for (const variant of order) {
      const run = await oneStorm(browsers[variant].context, url, variant === 'ext', stormMs);
      (variant === 'ext' ? withExt : without).push(run);
    }
  }
  const taskRatios = withExt.map((run, i) => run.taskMs / without[i]!.taskMs);
  const scriptRatios = withExt.map((run, i) => run.scriptMs / without[i]!.scriptMs);
  const cpuRatios = withExt.map((run, i) => run.cpuMs / without[i]!.cpuMs).filter(Number.isFinite);
  const maxLongTask = Math.max(0, ...withExt.flatMap((run) => run.longTasks.map((t) => t.duration)));
  const basis = `median of ${runs} A/B pairs, ${stormMs / 1000}s storm, ${page.described}`;
  return [
    figure(`${name}: main-thread task time with/without`, median(taskRatios), 'x', { op: '<=', limit: COST_TARGET_RATIO }, basis),
    figure(`${name}: script time with/without`, median(scriptRatios), 'x', undefined, basis),
    figure(`${name}: main-thread CPU time with/without`, cpuRatios.length ? median(cpuRatios) : NaN, 'x', undefined, `${basis}, CDP ThreadTime`),
    figure(`${name}: task time with extension`, median(withExt.map((r) => r.taskMs)), 'ms', undefined, `median of ${runs}`),
    figure(`${name}: task time without`, median(without.map((r) => r.taskMs)), 'ms', undefined, `median of ${runs}`),
    figure(`${name}: max long task during storm (with extension)`, maxLongTask, 'ms', undefined, `${withExt.length} storms`),
    figure(`${name}: storm mutations per run`, median(withExt.map((r) => r.mutations)), 'count'),
  ];
}

const PAGES = {
  gmail: () => ({ url: GMAIL_THREAD_URL, html: largeThread(GMAIL_SHAPE, 100), described: '100 messages' }),
  // As the real app shows a long thread: the earlier messages collapsed to their headers.
  'gmail-collapsed': () => ({ url: GMAIL_THREAD_URL, html: collapsedGmailThread(95, 5), described: '100 messages, 95 collapsed' }),
  outlook: () => ({ url: OUTLOOK_THREAD_URL, html: largeThread(OUTLOOK_SHAPE, 100), described: '100 messages' }),
};

export async function measureWebmailCost(name: keyof typeof PAGES): Promise<Figure[]> {
  const page = PAGES[name](); // fail fast (not available) before starting browsers
  const ext = await launchChromium({ extension: true });
  const base = await launchChromium({ extension: false });
  try {
    return await measureProvider(name, page, { ext, base });
  } finally {
    await ext.close();
    await base.close();
  }
}
