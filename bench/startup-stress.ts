/**
 * Reliability of the start-up, not its speed: opens webmail pages the way the e2e tests do (a fresh
 * browser and profile per open, so each open follows an install, the page opened as soon as the
 * worker is up) and counts the opens that got no sidebar frame, or a frame whose sidebar never paired
 * or never showed the conversation, within the tests' 15 s. Run it while the machine is busy (e.g.
 * beside `npx vitest run --project unit`): the misses it looks for came only under load.
 *
 *   npx wxt build && node --import tsx bench/startup-stress.ts [opens=20]
 *
 * A miss prints what the background and the page held at the time (injection log, runtime guard).
 */
import { loadavg } from 'node:os';
import { GMAIL_THREAD_URL, OUTLOOK_THREAD_URL, SIDEBAR_SELECTOR, launchWithExtension, serveWebmail } from '../tests/e2e/harness';

const TIMEOUT_MS = 15_000;
const CASES = [
  { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-pl.html', content: 'start-offboarding' },
  { url: OUTLOOK_THREAD_URL, fixture: 'outlook-thread-en.html', content: 'start-offboarding' },
  { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-collapsed-en.html', content: 'start-offboarding' },
] as const;

type Outcome = 'ok' | 'no-frame' | 'no-content';

async function openOnce(index: number): Promise<{ outcome: Outcome; frameMs: number; contentMs: number; detail?: string }> {
  const testCase = CASES[index % CASES.length]!;
  const browser = await launchWithExtension();
  try {
    const url = serveWebmail(browser.context, { url: testCase.url, fixture: testCase.fixture });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    let frameMs = NaN;
    let contentMs = NaN;
    let outcome: Outcome = 'ok';
    try {
      await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: TIMEOUT_MS });
      frameMs = Date.now() - started;
      await page.frameLocator(SIDEBAR_SELECTOR).getByTestId(testCase.content).waitFor({ timeout: TIMEOUT_MS });
      contentMs = Date.now() - started;
    } catch {
      outcome = Number.isNaN(frameMs) ? 'no-frame' : 'no-content';
    }
    let detail: string | undefined;
    if (outcome !== 'ok') {
      const background = await browser.serviceWorker
        .evaluate(() => JSON.stringify((globalThis as unknown as { __offboardInjectionLog?: unknown }).__offboardInjectionLog ?? null))
        .catch((error: unknown) => `worker: ${String(error)}`);
      const inPage = await page
        .evaluate(() => ({ frames: document.querySelectorAll('[data-testid="offboard-sidebar"]').length, readyState: document.readyState, href: location.href }))
        .catch((error: unknown) => ({ error: String(error) }));
      const sidebarText = await page
        .frameLocator(SIDEBAR_SELECTOR)
        .locator('body')
        .innerHTML({ timeout: 1000 })
        .then((html) => html.slice(0, 300))
        .catch(() => '(unreadable)');
      detail = `case ${testCase.fixture}; background ${background}; page ${JSON.stringify(inPage)}; sidebar ${sidebarText}`;
    }
    return { outcome, frameMs, contentMs, detail };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const opens = Number(process.argv[2] ?? 20);
  const counts: Record<Outcome, number> = { ok: 0, 'no-frame': 0, 'no-content': 0 };
  const contentTimes: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < opens; i += 1) {
    loads.push(loadavg()[0]!);
    const result = await openOnce(i);
    counts[result.outcome] += 1;
    if (result.outcome === 'ok') contentTimes.push(result.contentMs);
    console.log(`${i + 1}/${opens} ${result.outcome} frame ${result.frameMs} ms content ${result.contentMs} ms load ${loadavg()[0]!.toFixed(2)}`);
    if (result.detail) console.log(`  ${result.detail}`);
  }
  contentTimes.sort((a, b) => a - b);
  const median = contentTimes[Math.floor(contentTimes.length / 2)] ?? NaN;
  const worst = contentTimes[contentTimes.length - 1] ?? NaN;
  console.log(
    `opens ${opens}: ok ${counts.ok}, no frame ${counts['no-frame']}, no content ${counts['no-content']}; ` +
      `to content median ${median} ms, worst ${worst} ms; load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`,
  );
  if (counts.ok !== opens) process.exitCode = 1;
}

await main();
