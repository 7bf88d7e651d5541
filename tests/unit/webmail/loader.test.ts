import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { IDLE_TIMEOUT_MS, loadRuntimeAfterPageLoad } from '../../../webmail/loader';

const getURL = (path: string) => `chrome-extension://session-id${path}`;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

afterEach(() => vi.unstubAllGlobals());

describe('loadRuntimeAfterPageLoad (the only work a content script does at injection)', () => {
  it('imports the runtime only after the page has fired load', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const dom = new JSDOM('<!DOCTYPE html><p>mail</p>', { url: 'https://outlook.office.com/mail/' });
    expect(dom.window.document.readyState).not.toBe('complete');
    const load = vi.fn(async (_url: string) => undefined);
    loadRuntimeAfterPageLoad(dom.window.document, '/outlook-runtime.js', load);
    expect(load).not.toHaveBeenCalled();
    let calledDuringLoad: number | null = null;
    // A listener of the page's own, added after ours: the load event's dispatch must not include our work.
    await new Promise<void>((resolve) =>
      dom.window.addEventListener('load', () => {
        calledDuringLoad = load.mock.calls.length;
        resolve();
      }, { once: true }),
    );
    expect(calledDuringLoad).toBe(0);
    expect(load).not.toHaveBeenCalled();
    await nextTask();
    expect(load.mock.calls).toEqual([['chrome-extension://session-id/outlook-runtime.js']]);
  });

  it('waits for the page to be idle after load, at most IDLE_TIMEOUT_MS', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const dom = new JSDOM('<!DOCTYPE html>', { url: 'https://mail.google.com/mail/' });
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve(), { once: true }));
    const idle: Array<{ task: () => void; timeout?: number }> = [];
    Object.assign(dom.window, {
      requestIdleCallback: (task: () => void, options?: { timeout?: number }) => idle.push({ task, timeout: options?.timeout }),
    });
    const load = vi.fn(async (_url: string) => undefined);
    loadRuntimeAfterPageLoad(dom.window.document, '/gmail-runtime.js', load);
    expect(load).not.toHaveBeenCalled();
    expect(idle.map((entry) => entry.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    idle[0]!.task();
    expect(load.mock.calls).toEqual([['chrome-extension://session-id/gmail-runtime.js']]);
  });

  it('imports in the next task in a page that has already loaded', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const dom = new JSDOM('<!DOCTYPE html><p>mail</p>', { url: 'https://mail.google.com/mail/' });
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve(), { once: true }));
    const load = vi.fn(async (_url: string) => undefined);
    loadRuntimeAfterPageLoad(dom.window.document, '/gmail-runtime.js', load);
    await nextTask();
    expect(load.mock.calls).toEqual([['chrome-extension://session-id/gmail-runtime.js']]);
  });

  it('does nothing, and throws nothing into the page, when the extension is gone or the import fails', async () => {
    vi.stubGlobal('chrome', {
      runtime: {
        getURL() {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    const dom = new JSDOM('<!DOCTYPE html>', { url: 'https://mail.google.com/mail/' });
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve(), { once: true }));
    const load = vi.fn(async (_url: string) => undefined);
    expect(() => loadRuntimeAfterPageLoad(dom.window.document, '/gmail-runtime.js', load)).not.toThrow();
    await nextTask();
    expect(load).not.toHaveBeenCalled();

    vi.stubGlobal('chrome', { runtime: { getURL } });
    const failing = vi.fn(() => Promise.reject(new Error('404')));
    loadRuntimeAfterPageLoad(dom.window.document, '/gmail-runtime.js', failing);
    await nextTask();
    await nextTask(); // an unhandled rejection would surface here and fail the run
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
