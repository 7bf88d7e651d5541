// @vitest-environment jsdom
/** After an extension reload the old content script is orphaned: it must take its frame and toggle away. */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import { startPageRuntime, type PageRuntimeContext, type PageRuntimeDeps } from '../../../webmail/runtime';
import { GMAIL_URL, loadFixture } from '../webmail/helpers';

function setup() {
  const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
  const doc = window.document;
  const extension = { id: 'offboardid' as string | undefined, getURL: (path: string) => `chrome-extension://offboardid${path}` };
  const messenger = {
    onMessage: () => () => undefined,
  } as unknown as PageRuntimeDeps['messenger'];
  const channels: PageRuntimeDeps['channels'] = { onConnect: () => () => undefined };
  const ctx = {
    onInvalidated: () => () => undefined,
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
  } as unknown as PageRuntimeContext;
  const openState = { load: async () => undefined, save: () => undefined };
  const runtime = startPageRuntime(gmailAdapter, ctx, {
    doc,
    win: window as unknown as Window,
    messenger,
    channels,
    extension: extension as PageRuntimeDeps['extension'] & object,
    openState,
    debounceMs: 10,
  });
  return { window, doc, extension, runtime };
}

const frameCount = (doc: Document) => doc.querySelectorAll('[data-testid="offboard-sidebar"], [data-testid="offboard-toggle"]').length;

describe('an orphaned content script', () => {
  it('keeps its frame while the extension is alive', () => {
    const { window, doc } = setup();
    doc.body.dispatchEvent(new window.MouseEvent('mouseup', { bubbles: true }));
    expect(frameCount(doc)).toBe(2);
  });

  it('removes frame and toggle at the next user action once the runtime has no id', () => {
    const { window, doc, extension } = setup();
    extension.id = undefined;
    doc.body.dispatchEvent(new window.MouseEvent('mouseup', { bubbles: true }));
    expect(frameCount(doc)).toBe(0);
  });

  it('removes them at the next page change once the runtime has no id', async () => {
    const { doc, extension } = setup();
    extension.id = undefined;
    doc.querySelector('h2.hP')!.textContent = 'Another thread';
    await expect.poll(() => frameCount(doc)).toBe(0);
  });
});

describe('after the extension was updated under an open webmail', () => {
  const hint = (doc: Document) => doc.querySelector('[data-testid="offboard-updated-hint"]');

  it('tells the user, in the page’s language, how to get an open sidebar back', () => {
    const { window, doc, extension, runtime } = setup();
    doc.documentElement.lang = 'pl';
    runtime.frame.setOpen(true);
    extension.id = undefined;
    doc.body.dispatchEvent(new window.MouseEvent('mouseup', { bubbles: true }));
    expect(hint(doc)?.textContent).toContain('Odśwież tę kartę');
    hint(doc)!.querySelector('button')!.click();
    expect(hint(doc)).toBeNull();
  });

  it('stays quiet when the sidebar was collapsed (nothing went missing)', () => {
    const { window, doc, extension, runtime } = setup();
    runtime.frame.setOpen(false);
    extension.id = undefined;
    doc.body.dispatchEvent(new window.MouseEvent('mouseup', { bubbles: true }));
    expect(frameCount(doc)).toBe(0);
    expect(hint(doc)).toBeNull();
  });
});
