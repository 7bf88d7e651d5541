/**
 * The PDF file format at its lowest (PDF 1.4): values written as PDF syntax, numbered objects and
 * streams, the cross-reference table with each object's exact byte offset, and the trailer.
 * Everything written is ASCII except stream data, which is copied as bytes.
 */

export class PdfRef {
  constructor(readonly id: number) {}
}

export class PdfName {
  constructor(readonly name: string) {}
}

/** A string object: text in UTF-16BE (with its byte-order mark) unless it is plain ASCII. */
export class PdfString {
  constructor(readonly text: string) {}
}

/** Bytes already written as PDF syntax (a content stream's hex string, for instance). */
export class PdfRaw {
  constructor(readonly syntax: string) {}
}

export type PdfValue = number | boolean | PdfRef | PdfName | PdfString | PdfRaw | readonly PdfValue[] | PdfDict;
export interface PdfDict {
  readonly [key: string]: PdfValue | undefined;
}

export const name = (value: string): PdfName => new PdfName(value);

/** A number as PDF writes it: at most three decimals, no exponent. */
export function pdfNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`PDF: ${value} is not a number a PDF can hold`);
  if (Number.isInteger(value)) return String(value);
  const fixed = value.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function nameSyntax(value: string): string {
  let out = '/';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x7e || code < 0x21) throw new Error(`PDF: a name holds printable ASCII only, not U+${code.toString(16)}`);
    out += /[()<>[\]{}/%#]/.test(char) ? `#${code.toString(16).padStart(2, '0')}` : char;
  }
  return out;
}

function stringSyntax(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export function serialize(value: PdfValue): string {
  if (typeof value === 'number') return pdfNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof PdfRef) return `${value.id} 0 R`;
  if (value instanceof PdfName) return nameSyntax(value.name);
  if (value instanceof PdfString) return stringSyntax(value.text);
  if (value instanceof PdfRaw) return value.syntax;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  const entries = Object.entries(value as PdfDict).filter((entry): entry is [string, PdfValue] => entry[1] !== undefined);
  return `<< ${entries.map(([key, entry]) => `${nameSyntax(key)} ${serialize(entry)}`).join(' ')} >>`;
}

/** ASCII text as bytes; anything else is a bug in the writer, not data to mangle. */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) throw new Error(`PDF: non-ASCII character U+${code.toString(16)} in PDF syntax`);
    bytes[index] = code;
  }
  return bytes;
}

/** Numbered objects, written out in order with a cross-reference table. */
export class PdfWriter {
  private readonly bodies: (Uint8Array[] | undefined)[] = [];

  /** A new object number, to refer to before the object is written. */
  ref(): PdfRef {
    this.bodies.push(undefined);
    return new PdfRef(this.bodies.length);
  }

  put(ref: PdfRef, value: PdfValue): void {
    this.bodies[ref.id - 1] = [ascii(serialize(value))];
  }

  /** A stream; /Length is set from the data. */
  putStream(ref: PdfRef, dict: PdfDict, data: Uint8Array): void {
    this.bodies[ref.id - 1] = [ascii(`${serialize({ ...dict, Length: data.byteLength })}\nstream\n`), data, ascii('\nendstream')];
  }

  /** The whole file: header, objects, xref (offsets of each "N 0 obj"), trailer. */
  finish(trailer: { Root: PdfRef; Info?: PdfRef }): Uint8Array {
    // The binary comment tells transfer tools the file is not text.
    const chunks: Uint8Array[] = [ascii('%PDF-1.4\n%'), new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3]), ascii('\n')];
    let length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const offsets: number[] = [];
    this.bodies.forEach((body, index) => {
      if (!body) throw new Error(`PDF: object ${index + 1} was numbered but never written`);
      offsets.push(length);
      for (const chunk of [ascii(`${index + 1} 0 obj\n`), ...body, ascii('\nendobj\n')]) {
        chunks.push(chunk);
        length += chunk.byteLength;
      }
    });
    const xref = [`xref\n0 ${offsets.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
    const tail = `${xref}trailer\n${serialize({ Size: offsets.length + 1, ...trailer })}\nstartxref\n${length}\n%%EOF\n`;
    chunks.push(ascii(tail));
    const file = new Uint8Array(length + tail.length);
    let at = 0;
    for (const chunk of chunks) {
      file.set(chunk, at);
      at += chunk.byteLength;
    }
    return file;
  }
}
