/**
 * One page's drawing as a PDF content stream: text runs in an embedded font, lines (solid or
 * dashed) and filled rectangles, in points from the bottom left. Text is always encoded as glyph
 * ids, so nothing in it is ever read as an operator.
 */
import type { PdfFont } from './pdf-font';
import { pdfNumber as n, serialize } from './pdf-objects';

export type Rgb = readonly [number, number, number];

export class PageCanvas {
  private readonly ops: string[] = [];
  readonly fonts = new Set<PdfFont>();

  text(font: PdfFont, text: string, x: number, y: number, size: number, color: Rgb): void {
    if (!text) return;
    this.fonts.add(font);
    this.ops.push(`BT ${color.map(n).join(' ')} rg /${font.key} ${n(size)} Tf ${n(x)} ${n(y)} Td ${serialize(font.encode(text))} Tj ET`);
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb, dash?: readonly number[]): void {
    this.ops.push(`q ${color.map(n).join(' ')} RG ${n(width)} w [${(dash ?? []).map(n).join(' ')}] 0 d ${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S Q`);
  }

  rectangle(x: number, y: number, width: number, height: number, color: Rgb): void {
    this.ops.push(`q ${color.map(n).join(' ')} rg ${n(x)} ${n(y)} ${n(width)} ${n(height)} re f Q`);
  }

  content(): string {
    return this.ops.join('\n');
  }
}
