import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadRuntimeAfterPageLoad } from '../../../webmail/loader';

const getURL = (path: string) => `chrome-extension://session-id${path}`;

afterEach(() => vi.unstubAllGlobals());

describe('loadRuntimeAfterPageLoad (the only work a content script does at injection)', () => {
  it('imports the runtime only after the page has fired load', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const dom = new JSDOM('<!DOCTYPE html><p>mail</p>', { url: 'https://outlook.office.com/mail/' });
    expect(dom.window.document.readyState).not.toBe('complete');
    const load = vi.fn(async (_url: string) => undefined);
    loadRuntimeAfterPageLoad(dom.window.document, '/outlook-runtime.js', load);
    expect(load).not.toHaveBeenCalled();
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve(), { once: true }));
    expect(load.mock.calls).toEqual([['chrome-extension://session-id/outlook-runtime.js']]);
  });

  it('imports at once in a page that has already loaded', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const dom = new JSDOM('<!DOCTYPE html><p>mail</p>', { url: 'https://mail.google.com/mail/' });
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve(), { once: true }));
    const load = vi.fn(async (_url: string) => undefined);
    loadRuntimeAfterPageLoad(dom.window.document, '/gmail-runtime.js', load);
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
    expect(load).not.toHaveBeenCalled();

    vi.stubGlobal('chrome', { runtime: { getURL } });
    const rejected = new Promise<never>((_resolve, reject) => reject(new Error('404')));
    const failing = vi.fn(() => rejected);
    loadRuntimeAfterPageLoad(dom.window.document, '/gmail-runtime.js', failing);
    await rejected.catch(() => undefined);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
