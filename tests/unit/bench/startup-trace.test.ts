import { describe, expect, it } from 'vitest';
import { criticalPathCpu, type TraceEvent } from '../../../bench/startup-trace';

const URL = 'https://outlook.office.com/mail/inbox/id/A';
const main = { pid: 7, tid: 7 };
const task = (ts: number, dur: number, tdur: number, at = main): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur, ...at });
const mark = (name: string, ts: number, args: TraceEvent['args']): TraceEvent => ({ name, ph: 'R', ts, ...main, args });

function trace(extra: TraceEvent[]): TraceEvent[] {
  return [
    // An earlier navigation in the same tab (about:blank) is not the page's.
    mark('navigationStart', 500, { frame: 'F', data: { documentLoaderURL: 'about:blank' } }),
    mark('navigationStart', 1_000, { frame: 'F', data: { documentLoaderURL: `${URL}#x` } }),
    mark('loadEventStart', 900, { frame: 'F' }),
    mark('loadEventStart', 50_000, { frame: 'OTHER' }),
    mark('loadEventStart', 21_000, { frame: 'F' }),
    ...extra,
  ];
}

describe('criticalPathCpu (main-thread CPU from the navigation to load)', () => {
  it('sums the thread time of top-level tasks that ended before load, once each', () => {
    const events = trace([
      task(800, 100, 90), // before the navigation
      task(2_000, 4_000, 3_000),
      task(2_100, 1_000, 900), // nested in the task above: already counted
      task(7_000, 2_000, 1_000),
      task(20_500, 1_000, 800), // runs into load: not before it
      task(3_000, 5_000, 5_000, { pid: 7, tid: 8 }), // another thread
      { name: 'EvaluateScript', ph: 'X', ts: 7_100, dur: 1_500, tdur: 600, ...main, args: { data: { url: 'chrome-extension://abc/content-scripts/outlook.js' } } },
      { name: 'EvaluateScript', ph: 'X', ts: 7_200, dur: 100, tdur: 100, ...main, args: { data: { url: 'https://outlook.office.com/app.js' } } },
    ]);
    expect(criticalPathCpu(events, URL)).toEqual({ cpuMs: 4, extensionScriptCpuMs: 0.6, wallMs: 20 });
  });

  it('says what is missing when the trace has no such navigation or no load after it', () => {
    expect(() => criticalPathCpu(trace([]), 'https://mail.google.com/')).toThrow(/no navigationStart for https:\/\/mail.google.com\//);
    const noLoad = trace([]).filter((e) => e.name !== 'loadEventStart' || e.args?.frame !== 'F' || e.ts < 1_000);
    expect(() => criticalPathCpu(noLoad, URL)).toThrow(/no loadEventStart/);
  });
});
