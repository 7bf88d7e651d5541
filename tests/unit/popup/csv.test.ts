import { describe, expect, it } from 'vitest';
import { csvCell, overviewCsv, UTF8_BOM } from '../../../components/popup/csv';
import { row } from './rows';

describe('csvCell', () => {
  it('quotes every cell, plain text too', () => {
    expect(csvCell('Anna Nowak')).toBe('"Anna Nowak"');
    expect(csvCell('')).toBe('""');
  });

  it('doubles quotes and keeps commas and line ends inside the quotes', () => {
    expect(csvCell('Nowak, Kowalski')).toBe('"Nowak, Kowalski"');
    expect(csvCell('Firma "Kwiat"')).toBe('"Firma ""Kwiat"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+48 600')).toBe(`"'+48 600"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('  =1+1')).toBe(`"  '=1+1"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('defuses fullwidth formula signs', () => {
    for (const sign of ['＝', '＋', '－', '＠']) expect(csvCell(`${sign}1+1`)).toBe(`"'${sign}1+1"`);
  });

  it('defuses a formula start after any separator a spreadsheet may split on (Excel in Polish splits on ;)', () => {
    expect(csvCell('Acme;=1+1')).toBe(`"Acme;'=1+1"`);
    expect(csvCell('Acme,+1')).toBe(`"Acme,'+1"`);
    expect(csvCell('Acme|@x')).toBe(`"Acme|'@x"`);
    expect(csvCell('Acme\t=1')).toBe(`"Acme\t'=1"`);
    expect(csvCell('Acme; ＝1')).toBe(`"Acme; '＝1"`);
    expect(csvCell('\t=1')).toBe(`"'\t'=1"`);
    expect(csvCell('a\r\n=1')).toBe(`"a\r\n'=1"`);
    // No separator of any kind is left directly in front of a formula sign.
    for (const value of ['x;=1', 'x;;=1', 'x, -1', 'x|+1']) {
      expect(csvCell(value)).not.toMatch(/[,;\t|]\s*[=+\-@]/);
    }
  });
});

describe('overviewCsv', () => {
  it('starts with a BOM, has the header in the UI language and one CRLF line per row', () => {
    const csv = overviewCsv(
      [
        row({ name: 'Zofia Żak', company: 'Żółć, sp. z o.o.', stage: 'settlement', progress: { done: 8, total: 13 }, overdue: true, nextDeadline: { on: '2026-03-10', what: 'payment-due' } }),
        row({ name: 'Jan', stage: 'closed', progress: { done: 13, total: 13 } }),
      ],
      'pl',
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Nazwa","Firma","Etap","Postęp","Najbliższy termin","Czego dotyczy","Po terminie"');
    expect(lines[1]).toBe('"Zofia Żak","Żółć, sp. z o.o.","Rozliczenie","8/13","2026-03-10","termin płatności","tak"');
    expect(lines[2]).toBe('"Jan","","Zakończone","13/13","","","nie"');
    expect(lines[3]).toBe('');
  });

  it('writes English headers for an English UI', () => {
    const csv = overviewCsv([], 'en');
    expect(csv).toBe(`${UTF8_BOM}"Name","Company","Stage","Progress","Next deadline","What","Overdue"\r\n`);
  });

  it('a sender name made to split into a formula in a ;-locale spreadsheet is written defused', () => {
    const csv = overviewCsv([row({ name: 'Acme;=1+1', company: '＝HYPERLINK("x")' })], 'en');
    const line = csv.slice(1).split('\r\n')[1]!;
    expect(line.startsWith(`"Acme;'=1+1","'＝HYPERLINK(""x"")"`)).toBe(true);
  });
});
