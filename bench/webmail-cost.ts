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
import { GMAIL_SHAPE, OUTLOOK_SHAPE, THREAD_MARK, largeThread, type ProviderShape } from './webmail-pages';

export const COST_TARGET_RATIO = 1.05;

interface LongTask {
  start: number;
  duration: number;
  attribution: Array<{ name?: string; containerType?: string; containerSrc?: string; containerName?: string }>;
}

interface StormRun {
  taskMs: number;
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
    return { taskMs: delta('TaskDuration'), scriptMs: delta('ScriptDuration'), mutations: storm.mutations, longTasks };
  } finally {
    await page.close();
  }
}

async function measureProvider(shape: ProviderShape, url: string, browsers: { ext: LaunchedBrowser; base: LaunchedBrowser }): Promise<Figure[]> {
  const runs = Math.max(5, envInt('BENCH_COST_RUNS', 5));
  const stormMs = envInt('BENCH_STORM_MS', 10_000);
  const html = largeThread(shape, 100);
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
  const maxLongTask = Math.max(0, ...withExt.flatMap((run) => run.longTasks.map((t) => t.duration)));
  const basis = `median of ${runs} A/B pairs, ${stormMs / 1000}s storm, 100 messages`;
  return [
    figure(`${shape.provider}: main-thread task time with/without`, median(taskRatios), 'x', { op: '<=', limit: COST_TARGET_RATIO }, basis),
    figure(`${shape.provider}: script time with/without`, median(scriptRatios), 'x', undefined, basis),
    figure(`${shape.provider}: task time with extension`, median(withExt.map((r) => r.taskMs)), 'ms', undefined, `median of ${runs}`),
    figure(`${shape.provider}: task time without`, median(without.map((r) => r.taskMs)), 'ms', undefined, `median of ${runs}`),
    figure(`${shape.provider}: max long task during storm (with extension)`, maxLongTask, 'ms', undefined, `${withExt.length} storms`),
    figure(`${shape.provider}: storm mutations per run`, median(withExt.map((r) => r.mutations)), 'count'),
  ];
}

const PROVIDERS = {
  gmail: { shape: GMAIL_SHAPE, url: GMAIL_THREAD_URL },
  outlook: { shape: OUTLOOK_SHAPE, url: OUTLOOK_THREAD_URL },
};

export async function measureWebmailCost(provider: keyof typeof PROVIDERS): Promise<Figure[]> {
  const { shape, url } = PROVIDERS[provider];
  largeThread(shape, 100); // fail fast (not available) before starting browsers
  const ext = await launchChromium({ extension: true });
  const base = await launchChromium({ extension: false });
  try {
    return await measureProvider(shape, url, { ext, base });
  } finally {
    await ext.close();
    await base.close();
  }
}
