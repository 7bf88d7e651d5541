/**
 * A PDF page layout for the documents: A4 with its margins and type sizes, a cursor that breaks
 * pages, text drawn in the embedded faces with word wrap. documents/pdf.ts draws the blocks on it.
 */
import { PageCanvas, type Rgb } from './pdf-canvas';
import { runWidth, type Face } from './pdf-fonts';

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 62, right: 62, top: 64, bottom: 64 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BODY = { size: 10.5, leading: 15 };
export const SMALL = { size: 8.8, leading: 11.5 };
const INK: Rgb = [0.1, 0.1, 0.12];
export const RULE: Rgb = [0.55, 0.55, 0.6];
const SHADE: Rgb = [0.93, 0.93, 0.95];

export interface Faces {
  regular: Face;
  bold: Face;
}

export class Layout {
  readonly pages: PageCanvas[] = [];
  private page!: PageCanvas;
  /** The baseline cursor, from the bottom of the page. */
  y = 0;

  constructor(readonly faces: Faces) {
    this.newPage();
  }

  newPage(): void {
    this.page = new PageCanvas();
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  draw(text: string, x: number, y: number, size: number, bold = false): void {
    let cursor = x;
    for (const run of (bold ? this.faces.bold : this.faces.regular).runs(text)) {
      this.page.text(run.font, run.text, cursor, y, size, INK);
      cursor += runWidth(run.font, run.text, size);
    }
  }

  line(x1: number, y1: number, x2: number, y2: number, dash?: number[]): void {
    this.page.line(x1, y1, x2, y2, 0.6, RULE, dash);
  }

  shade(x: number, y: number, width: number, height: number): void {
    this.page.rectangle(x, y, width, height, SHADE);
  }

  /** Greedy word wrap; a word longer than the line is cut where it must be. */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    const face = bold ? this.faces.bold : this.faces.regular;
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let current = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = current ? `${current} ${word}` : word;
        if (face.width(candidate, size) <= width) {
          current = candidate;
          continue;
        }
        if (current) lines.push(current);
        current = word;
        while (face.width(current, size) > width && [...current].length > 1) {
          const chars = [...current];
          let cut = chars.length - 1;
          while (cut > 1 && face.width(chars.slice(0, cut).join(''), size) > width) cut -= 1;
          lines.push(chars.slice(0, cut).join(''));
          current = chars.slice(cut).join('');
        }
      }
      lines.push(current);
    }
    return lines;
  }

  /** Wrapped text from the cursor, breaking pages between lines. */
  text(text: string, options: { x?: number; width?: number; size?: number; leading?: number; bold?: boolean; align?: 'left' | 'center' | 'right' } = {}): void {
    const x = options.x ?? MARGIN.left;
    const width = options.width ?? TEXT_WIDTH;
    const size = options.size ?? BODY.size;
    const leading = options.leading ?? BODY.leading;
    const face = options.bold ? this.faces.bold : this.faces.regular;
    for (const line of this.wrap(text, width, size, options.bold)) {
      this.ensure(leading);
      this.y -= leading;
      const offset = options.align === 'right' ? width - face.width(line, size) : options.align === 'center' ? (width - face.width(line, size)) / 2 : 0;
      this.draw(line, x + offset, this.y + (leading - size) / 2, size, options.bold);
    }
  }
}

