// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { frameObstruction } from '../../../webmail/frame-visibility';

const GEOMETRY = { minWidthPx: 359, minHeightPx: 200 };

function setUp() {
  document.body.innerHTML = '';
  const wrapper = document.createElement('div');
  const iframe = document.createElement('iframe');
  wrapper.append(iframe);
  document.body.append(wrapper);
  // jsdom has no layout: a 360×700 frame at the right edge of a 1280×800 window, hit where it is.
  iframe.getBoundingClientRect = () => ({ left: 920, top: 64, right: 1280, bottom: 764, width: 360, height: 700, x: 920, y: 64, toJSON: () => ({}) });
  Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  let topmost: Element = iframe;
  document.elementsFromPoint = () => [topmost];
  return { wrapper, iframe, cover: (el: Element) => { topmost = el; } };
}

describe('frameObstruction', () => {
  it('accepts the frame as placed', () => {
    const { iframe } = setUp();
    expect(frameObstruction(document, iframe, GEOMETRY)).toBeNull();
  });

  it('refuses a transparent frame or ancestor, a hidden frame, a transformed or filtered one', () => {
    const { iframe, wrapper } = setUp();
    iframe.style.opacity = '0.01';
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/transparent/);
    iframe.style.opacity = '1';
    wrapper.style.opacity = '0.5';
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/transparent/);
    wrapper.style.opacity = '1';
    iframe.style.visibility = 'hidden';
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/hidden/);
    iframe.style.visibility = 'visible';
    wrapper.style.filter = 'opacity(0)';
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/filter/);
    wrapper.style.filter = 'none';
    wrapper.style.transform = 'scale(0.01)';
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/transform/);
  });

  it('refuses a covered, shrunk or detached frame', () => {
    const { iframe, cover } = setUp();
    const decoy = document.createElement('div');
    document.body.append(decoy);
    cover(decoy);
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/covered/);
    cover(iframe);
    iframe.getBoundingClientRect = () => ({ left: 0, top: 0, right: 10, bottom: 10, width: 10, height: 10, x: 0, y: 0, toJSON: () => ({}) });
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/too small/);
    iframe.remove();
    expect(frameObstruction(document, iframe, GEOMETRY)).toMatch(/not in the page/);
  });
});
