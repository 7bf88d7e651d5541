/**
 * Checked by the content script at the moment of an insertion: the sidebar frame must be shown as we
 * placed it — opaque, not transformed or filtered, full size, and on top where it is hit. A page that
 * makes the frame transparent or lays it under a decoy to clickjack it gets a refusal. This works in
 * every browser; in Chromium the sidebar additionally watches itself with IntersectionObserver v2,
 * which also sees covers that let clicks through (pointer-events: none), which hit-testing cannot.
 */

export interface FrameGeometry {
  minWidthPx: number;
  minHeightPx: number;
}

const EFFECTS: ReadonlyArray<[property: string, harmless: readonly string[]]> = [
  ['filter', ['none']],
  ['transform', ['none']],
  ['clip-path', ['none']],
  ['mask-image', ['none']],
  ['-webkit-mask-image', ['none', '']],
  ['mix-blend-mode', ['normal', '']],
];

/** Why the frame does not count as visible, or null when it does. Text for the refusal's detail. */
export function frameObstruction(doc: Document, iframe: HTMLIFrameElement, geometry: FrameGeometry): string | null {
  const win = doc.defaultView;
  if (!win || !iframe.isConnected) return 'the sidebar frame is not in the page';
  for (let el: Element | null = iframe; el; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    if (style.display === 'none') return 'the sidebar frame is hidden';
    if (el === iframe && style.visibility !== 'visible') return 'the sidebar frame is hidden';
    const opacity = Number.parseFloat(style.opacity || '1');
    if (!(opacity >= 1)) return `the sidebar frame is transparent (opacity ${style.opacity})`;
    for (const [property, harmless] of EFFECTS) {
      const value = style.getPropertyValue(property).trim();
      if (value !== '' && !harmless.includes(value)) return `the sidebar frame is altered (${property}: ${value})`;
    }
  }
  const rect = iframe.getBoundingClientRect();
  if (rect.width < geometry.minWidthPx || rect.height < geometry.minHeightPx) {
    return `the sidebar frame is too small (${Math.round(rect.width)}×${Math.round(rect.height)})`;
  }
  const viewportWidth = win.innerWidth;
  const viewportHeight = win.innerHeight;
  if (rect.left < 0 || rect.top < 0 || rect.right > viewportWidth + 1 || rect.bottom > viewportHeight + 1) {
    return 'the sidebar frame is partly off screen';
  }
  if (typeof doc.elementsFromPoint !== 'function') return null;
  // A grid of points over the frame: the frame must be the topmost hit at each.
  for (const fx of [0.1, 0.5, 0.9]) {
    for (const fy of [0.05, 0.25, 0.5, 0.75, 0.95]) {
      const x = rect.left + rect.width * fx;
      const y = rect.top + rect.height * fy;
      const top = doc.elementsFromPoint(x, y)[0];
      if (top !== iframe) return 'the sidebar frame is covered by something else on the page';
    }
  }
  return null;
}
