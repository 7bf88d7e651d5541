// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mountSidebarFrame } from '../../../webmail/frame';
import { makeRoom } from '../../../webmail/page-room';

const html = () => document.documentElement;

/** jsdom has no layout: a body of the given height in a window of the given height. */
function layout(bodyHeight: number, windowHeight: number, scrollHeight = windowHeight): void {
  Object.defineProperty(window, 'innerHeight', { value: windowHeight, configurable: true });
  document.body.getBoundingClientRect = () =>
    ({ left: 0, top: 0, right: 1024, bottom: bodyHeight, width: 1024, height: bodyHeight, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: scrollHeight, configurable: true });
}

afterEach(() => {
  html().removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
});

describe('makeRoom', () => {
  it('pads <html> on the right by the width and gives back the page’s own inline values exactly', () => {
    layout(300, 700, 1400);
    html().style.setProperty('padding-right', '3px', 'important');
    const release = makeRoom(document, 360);
    expect(html().style.getPropertyValue('padding-right')).toBe('360px');
    expect(html().style.getPropertyPriority('padding-right')).toBe('important');
    expect(html().style.getPropertyValue('box-sizing')).toBe('border-box');
    release();
    expect(html().style.getPropertyValue('padding-right')).toBe('3px');
    expect(html().style.getPropertyPriority('padding-right')).toBe('important');
    expect(html().style.getPropertyValue('box-sizing')).toBe('');
  });

  it('contains body’s fixed and absolute panes only in a full-window app whose document does not scroll', () => {
    layout(700, 700);
    const releaseApp = makeRoom(document, 360);
    expect(document.body.style.getPropertyValue('contain')).toBe('layout');
    releaseApp();
    expect(document.body.style.getPropertyValue('contain')).toBe('');

    layout(1400, 700, 1400); // a scrolling document: its fixed elements must stay fixed to the window
    const releaseDoc = makeRoom(document, 360);
    expect(document.body.style.getPropertyValue('contain')).toBe('');
    releaseDoc();
  });

  it('tells the page to lay out again on both changes, and releases only once', () => {
    layout(300, 700);
    let resizes = 0;
    const onResize = () => (resizes += 1);
    window.addEventListener('resize', onResize);
    const release = makeRoom(document, 360);
    release();
    release();
    window.removeEventListener('resize', onResize);
    expect(resizes).toBe(2);
    expect(html().getAttribute('style') ?? '').toBe('');
  });

  it('refuses a width that is not a positive number', () => {
    expect(() => makeRoom(document, 0)).toThrow(/positive width/);
    expect(() => makeRoom(document, Number.NaN)).toThrow(/positive width/);
  });
});

describe('the sidebar frame makes room while open', () => {
  it('narrows the page when opened, gives the width back when collapsed and when unmounted', () => {
    layout(300, 700);
    const frame = mountSidebarFrame(document, { src: 'about:blank', open: false });
    expect(html().style.getPropertyValue('padding-right')).toBe('');
    frame.setOpen(true);
    expect(html().style.getPropertyValue('padding-right')).toBe('360px');
    frame.setOpen(false);
    expect(html().style.getPropertyValue('padding-right')).toBe('');
    frame.setOpen(true);
    frame.unmount();
    expect(html().style.getPropertyValue('padding-right')).toBe('');
  });

  it('puts the open toggle above the frame, clear of it, and back at the edge when collapsed', () => {
    layout(300, 700);
    const frame = mountSidebarFrame(document, { src: 'about:blank', open: true, topOffsetPx: 64 });
    const top = Number.parseFloat(frame.toggle.style.getPropertyValue('top'));
    expect(top + 32).toBeLessThanOrEqual(64 - 12);
    expect(frame.toggle.style.getPropertyValue('right')).toBe('12px');
    frame.setOpen(false);
    expect(frame.toggle.style.getPropertyValue('top')).toBe('50%');
    frame.unmount();
  });
});
