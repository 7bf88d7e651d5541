/**
 * The webmail page's main-thread CPU time before its `load` event, read from a Chrome trace. Wall
 * time on a shared machine mostly measures the other processes; a task's thread time (`tdur`) counts
 * only the time the renderer's main thread was on a CPU, so it shows what the extension adds to the
 * critical path even under load.
 */
import type { BrowserContext } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { frame?: string; fileName?: string; data?: { documentLoaderURL?: string; frame?: string; url?: string } };
}

export interface CriticalPathCpu {
  /** Main-thread CPU of every task that ended between the navigation's start and `load`. */
  cpuMs: number;
  /** The part of it spent compiling and running extension scripts. */
  extensionScriptCpuMs: number;
  /** Wall time from the navigation's start to `load`, as the trace saw it. */
  wallMs: number;
}

/** The top-level task name on Chrome's renderer main thread. */
const TASK = 'ThreadControllerImpl::RunTask';

const CATEGORIES = ['toplevel', 'blink.user_timing', 'loading', 'devtools.timeline'];

/**
 * Reads the critical path of the navigation to `pageUrl`: its `navigationStart` mark (the first one
 * whose document is that URL) to its frame's first `loadEventStart` after it.
 */
export function criticalPathCpu(events: readonly TraceEvent[], pageUrl: string): CriticalPathCpu {
  const start = events
    .filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').split('#')[0] === pageUrl)
    .sort((a, b) => a.ts - b.ts)[0];
  const frame = start?.args?.frame;
  if (!start || !frame) throw new Error(`the trace has no navigationStart for ${pageUrl}`);
  const load = events
    .filter((e) => e.name === 'loadEventStart' && e.args?.frame === frame && e.ts > start.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!load) throw new Error(`the trace has no loadEventStart for ${pageUrl}`);
  const onMainThread = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X';
  const before = (e: TraceEvent) => e.ts >= start.ts && e.ts + (e.dur ?? 0) <= load.ts;
  // Top-level tasks only: a nested run loop's tasks sit inside an outer one and are counted with it.
  const tasks = events.filter((e) => onMainThread(e) && e.name === TASK && before(e)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let cpu = 0;
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts < coveredUntil) continue;
    cpu += task.tdur ?? 0;
    coveredUntil = task.ts + (task.dur ?? 0);
  }
  const extensionScripts = events.filter(
    (e) => onMainThread(e) && before(e) && e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  return {
    cpuMs: cpu / 1000,
    extensionScriptCpuMs: extensionScripts.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    wallMs: (load.ts - start.ts) / 1000,
  };
}

interface TracingSession {
  send(method: 'Tracing.start', params: object): Promise<unknown>;
  send(method: 'Tracing.end'): Promise<unknown>;
  on(event: 'Tracing.dataCollected', listener: (payload: { value: TraceEvent[] }) => void): unknown;
  once(event: 'Tracing.tracingComplete', listener: () => void): unknown;
  detach(): Promise<void>;
}

/** One traced load of `url` in a new tab of `context`. */
export async function tracedLoad(context: BrowserContext, url: string): Promise<CriticalPathCpu> {
  const page = await context.newPage();
  try {
    const session = (await context.newCDPSession(page)) as unknown as TracingSession;
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
    await page.goto(url, { waitUntil: 'load' });
    await session.send('Tracing.end');
    await complete;
    await session.detach();
    return criticalPathCpu(events, url.split('#')[0]!);
  } finally {
    await page.close();
  }
}
