/**
 * The PDF object writer: values in PDF syntax, and a file whose cross-reference table gives the
 * exact byte offset of every "N 0 obj", with binary stream data in between.
 */
import { describe, expect, it } from 'vitest';
import { name, PdfRaw, PdfString, PdfWriter, pdfNumber, serialize } from '../../../documents/pdf-objects';
import { objectAt, xrefOffsets } from './pdf-file-reader';

describe('PDF values', () => {
  it('writes numbers with at most three decimals and refuses what is not a number', () => {
    expect([595.28, 841.89, 0.1, 10, -0.0001, 1 / 3].map(pdfNumber)).toEqual(['595.28', '841.89', '0.1', '10', '0', '0.333']);
    expect(() => pdfNumber(Number.NaN)).toThrow(/not a number/);
    expect(() => pdfNumber(Infinity)).toThrow(/not a number/);
  });

  it('escapes names and strings; text beyond ASCII is UTF-16BE with its byte-order mark', () => {
    expect(serialize(name('A#B/C'))).toBe('/A#23B#2fC');
    expect(() => serialize(name('ą'))).toThrow(/printable ASCII/);
    expect(serialize(new PdfString('a (b) \\ c'))).toBe('(a \\(b\\) \\\\ c)');
    expect(serialize(new PdfString('Łódź'))).toBe('<FEFF014100F30064017A>');
    expect(serialize({ Type: name('Page'), Kids: [1, true, new PdfRaw('<0041>')], Skip: undefined, Nested: { A: 0.5 } })).toBe('<< /Type /Page /Kids [1 true <0041>] /Nested << /A 0.5 >> >>');
  });
});

describe('PdfWriter', () => {
  it('points every xref entry at its "N 0 obj", past binary streams, and startxref at the table', () => {
    const writer = new PdfWriter();
    const root = writer.ref();
    const binary = new Uint8Array(300).map((_, index) => (index * 37) % 256); // newlines and high bytes included
    const stream = writer.ref();
    const text = writer.ref();
    writer.putStream(stream, { Kind: name('Binary') }, binary);
    writer.put(text, new PdfString('Zażółć (gęślą) jaźń'));
    writer.put(root, { Type: name('Catalog'), Data: stream, Text: text });
    const file = writer.finish({ Root: root });
    expect(Buffer.from(file.subarray(0, 9)).toString('latin1')).toBe('%PDF-1.4\n');
    const { startxref, offsets } = xrefOffsets(file);
    expect(offsets).toHaveLength(3);
    expect(Buffer.from(file.subarray(startxref, startxref + 4)).toString('latin1')).toBe('xref');
    offsets.forEach((offset, index) => expect(Buffer.from(file.subarray(offset, offset + 8)).toString('latin1')).toBe(`${index + 1} 0 obj\n`));
    expect(objectAt(file, 2).data).toEqual(binary);
    expect(objectAt(file, 2).dict).toBe('<< /Kind /Binary /Length 300 >>');
    expect(objectAt(file, 1).dict).toBe('<< /Type /Catalog /Data 2 0 R /Text 3 0 R >>');
    expect(Buffer.from(file).toString('latin1')).toMatch(/trailer\n<< \/Size 4 \/Root 1 0 R >>\nstartxref\n\d+\n%%EOF\n$/);
  });

  it('refuses a file with an object numbered but never written', () => {
    const writer = new PdfWriter();
    const root = writer.ref();
    writer.ref();
    writer.put(root, { Type: name('Catalog') });
    expect(() => writer.finish({ Root: root })).toThrow(/object 2 was numbered but never written/);
  });
});
