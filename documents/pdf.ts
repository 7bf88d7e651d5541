/**
 * Draws a document model as an A4 PDF with our own writer (pdf-file.ts): Noto Sans embedded as
 * subsets (the Latin and Latin Extended faces together cover Polish) with a ToUnicode map, so the
 * text is real text a reader can search and copy; page numbers in the footer. Every string is
 * drawn as given: nothing is parsed as markup, and no network or DOM is used. Import it only where
 * a PDF is made, never from a content script or the background.
 */
import { platformDeflate } from './pdf-deflate';
import { writePdfFile } from './pdf-file';
import { PdfFont } from './pdf-font';
import { Face, runWidth, trueTypeOf } from './pdf-fonts';
import { BODY, Layout, MARGIN, PAGE, RULE, SMALL, TEXT_WIDTH, type Faces } from './pdf-layout';
import { listMarker, signatureDateLabel, type DocumentBlock, type DocumentModel, type SignatureLine, type TableColumn } from './model';
import type { Lang } from '../offboarding/types';

/** Font files in fallback order (each face's Latin subset first, then Latin Extended). */
export interface PdfFontFiles {
  regular: readonly Uint8Array[];
  bold: readonly Uint8Array[];
}

export interface PdfOptions {
  /** Written as the PDF's creation date; fixed by the caller so the same input gives the same bytes. */
  createdOn: Date;
}

function drawParties(layout: Layout, parties: { role: string; lines: string[] }[]): void {
  const gap = 24;
  const columnWidth = (TEXT_WIDTH - gap) / 2;
  for (let start = 0; start < parties.length; start += 2) {
    const row = parties.slice(start, start + 2);
    const wrapped = row.map((party) => party.lines.flatMap((line) => layout.wrap(line, columnWidth, BODY.size)));
    const height = (1 + Math.max(...wrapped.map((lines) => lines.length))) * BODY.leading;
    layout.ensure(height);
    const top = layout.y;
    row.forEach((party, index) => {
      const x = MARGIN.left + index * (columnWidth + gap);
      let y = top - BODY.leading;
      layout.draw(`${party.role}:`, x, y + 3, BODY.size, true);
      for (const line of wrapped[index] ?? []) {
        y -= BODY.leading;
        layout.draw(line, x, y + 3, BODY.size);
      }
    });
    layout.y = top - height;
    layout.gap(8);
  }
}

function drawTable(layout: Layout, columns: readonly TableColumn[], rows: readonly string[][]): void {
  const padding = 3.5;
  const widths = columns.map((column) => column.width * TEXT_WIDTH);
  const xs = widths.map((_, index) => MARGIN.left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const measure = (cells: readonly string[], bold: boolean) => {
    const lines = cells.map((cell, index) => layout.wrap(cell, (widths[index] ?? 0) - 2 * padding, SMALL.size, bold));
    return { lines, height: Math.max(...lines.map((cellLines) => cellLines.length)) * SMALL.leading + 2 * padding };
  };
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const { lines, height } = measure(cells, bold);
    const top = layout.y;
    if (bold) layout.shade(MARGIN.left, top - height, TEXT_WIDTH, height);
    lines.forEach((cellLines, index) => {
      const column = columns[index];
      const cellWidth = (widths[index] ?? 0) - 2 * padding;
      cellLines.forEach((line, lineIndex) => {
        const face = bold ? layout.faces.bold : layout.faces.regular;
        const offset = column?.align === 'right' ? cellWidth - face.width(line, SMALL.size) : 0;
        layout.draw(line, (xs[index] ?? 0) + padding + offset, top - padding - (lineIndex + 1) * SMALL.leading + 3, SMALL.size, bold);
      });
    });
    layout.line(MARGIN.left, top - height, MARGIN.left + TEXT_WIDTH, top - height);
    layout.y = top - height;
  };
  const header = columns.map((column) => column.label);
  const headerHeight = measure(header, true).height;
  layout.ensure(headerHeight + measure(rows[0] ?? [], false).height);
  layout.line(MARGIN.left, layout.y, MARGIN.left + TEXT_WIDTH, layout.y);
  drawRow(header, true);
  for (const row of rows) {
    const { height } = measure(row, false);
    if (layout.y - height < MARGIN.bottom) {
      layout.newPage();
      layout.line(MARGIN.left, layout.y, MARGIN.left + TEXT_WIDTH, layout.y);
      drawRow(header, true);
    }
    drawRow(row, false);
  }
  layout.gap(10);
}

/** The signature lines two by two, each row's wrapped captions and its height. */
function signatureRows(layout: Layout, signatures: readonly SignatureLine[], lang: Lang) {
  const columnWidth = (TEXT_WIDTH - 36) / 2;
  const rows = [];
  for (let start = 0; start < signatures.length; start += 2) {
    const wrapped = signatures.slice(start, start + 2).map((signature) => [
      ...layout.wrap(signature.caption, columnWidth, SMALL.size),
      ...(signature.name ? layout.wrap(signature.name, columnWidth, SMALL.size) : []),
      ...(signature.dated ? [`${signatureDateLabel(lang)} ${'.'.repeat(30)}`] : []),
    ]);
    rows.push({ wrapped, columnWidth, height: 46 + Math.max(...wrapped.map((lines) => lines.length)) * SMALL.leading });
  }
  return rows;
}

function drawSignatures(layout: Layout, signatures: readonly SignatureLine[], lang: Lang): void {
  for (const { wrapped, columnWidth, height } of signatureRows(layout, signatures, lang)) {
    layout.ensure(height);
    const lineY = layout.y - 40;
    wrapped.forEach((lines, index) => {
      const x = MARGIN.left + index * (columnWidth + 36);
      layout.line(x, lineY, x + columnWidth, lineY, [1.5, 2]);
      lines.forEach((text, lineIndex) => layout.draw(text, x, lineY - (lineIndex + 1) * SMALL.leading, SMALL.size));
    });
    layout.y -= height;
  }
}

/** A paragraph just before the signatures goes to the next page with them: no signature page without text. */
function keepWithSignatures(layout: Layout, block: DocumentBlock, next: DocumentBlock | undefined, lang: Lang): void {
  if (block.type !== 'paragraph' || next?.type !== 'signatures') return;
  const firstRow = signatureRows(layout, next.signatures, lang)[0]?.height ?? 0;
  layout.ensure(layout.wrap(block.text, TEXT_WIDTH, BODY.size).length * BODY.leading + 17 + firstRow);
}

function drawBlock(layout: Layout, block: DocumentBlock, lang: Lang): void {
  switch (block.type) {
    case 'place-date':
      layout.text(block.text, { align: 'right' });
      layout.gap(14);
      return;
    case 'parties':
      drawParties(layout, block.parties);
      layout.gap(6);
      return;
    case 'letterhead':
    case 'addressee':
      layout.ensure(BODY.leading * (1 + Math.min(block.lines.length, 4)));
      if (block.type === 'addressee') layout.text(`${block.label}:`, { bold: true });
      for (const line of block.lines) layout.text(line, { leading: BODY.leading - 1 });
      layout.gap(10);
      return;
    case 'title':
      layout.gap(6);
      layout.text(block.text, { size: 15, leading: 21, bold: true, align: 'center' });
      if (block.subtitle) layout.text(block.subtitle, { align: 'center' });
      layout.gap(12);
      return;
    case 'heading':
      layout.ensure(BODY.leading * 3);
      layout.gap(4);
      layout.text(block.text, { bold: true, size: 11 });
      layout.gap(2);
      return;
    case 'paragraph':
      layout.text(block.text);
      layout.gap(7);
      return;
    case 'list':
      block.items.forEach((item, index) => {
        layout.ensure(BODY.leading);
        // The marker goes on the first line's baseline, before the text may move to the next page.
        layout.draw(listMarker(block.marker, index, lang), MARGIN.left + 4, layout.y - BODY.leading + (BODY.leading - BODY.size) / 2, BODY.size);
        layout.text(item, { x: MARGIN.left + 20, width: TEXT_WIDTH - 20 });
        layout.gap(2);
      });
      layout.gap(6);
      return;
    case 'table':
      drawTable(layout, block.columns, block.rows);
      return;
    case 'blank-lines':
      layout.ensure(BODY.leading + block.count * 22);
      layout.text(block.label);
      for (let index = 0; index < block.count; index += 1) {
        layout.gap(22);
        layout.line(MARGIN.left, layout.y, MARGIN.left + TEXT_WIDTH, layout.y, [1, 2]);
      }
      layout.gap(12);
      return;
    case 'signatures':
      layout.gap(10);
      drawSignatures(layout, block.signatures, lang);
      return;
  }
}

const PAGE_WORDS = { pl: (page: number, of: number) => `Strona ${page} z ${of}`, en: (page: number, of: number) => `Page ${page} of ${of}` };

/** A face of the given files, each embedded as a font of this PDF under its own resource name. */
function faceOf(files: readonly Uint8Array[], keys: { next: number }): Face {
  return new Face(files.map((file) => new PdfFont(trueTypeOf(file), `F${keys.next++}`)));
}

/** The document as PDF bytes. */
export async function renderPdf(document: DocumentModel, fonts: PdfFontFiles, options: PdfOptions): Promise<Uint8Array> {
  if (fonts.regular.length === 0 || fonts.bold.length === 0) throw new Error('renderPdf: a regular and a bold font file are required');
  const keys = { next: 1 };
  const faces: Faces = { regular: faceOf(fonts.regular, keys), bold: faceOf(fonts.bold, keys) };
  const layout = new Layout(faces);
  document.blocks.forEach((block, index) => {
    keepWithSignatures(layout, block, document.blocks[index + 1], document.lang);
    drawBlock(layout, block, document.lang);
  });

  const total = layout.pages.length;
  layout.pages.forEach((page, index) => {
    const label = PAGE_WORDS[document.lang](index + 1, total);
    let x = (PAGE.width - faces.regular.width(label, 8.5)) / 2;
    for (const run of faces.regular.runs(label)) {
      page.text(run.font, run.text, x, 34, 8.5, RULE);
      x += runWidth(run.font, run.text, 8.5);
    }
  });
  const info = { title: document.title, lang: document.lang === 'pl' ? 'pl-PL' : 'en-GB', creator: 'Offboard', producer: 'Offboard', createdOn: options.createdOn };
  return writePdfFile(layout.pages, PAGE, info, platformDeflate);
}
