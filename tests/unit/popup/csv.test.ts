import { describe, expect, it } from 'vitest';
import { csvCell, csvSeparatorFor, overviewCsv, UTF8_BOM } from '../../../components/popup/csv';
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
    // Polish: ";" for a Polish spreadsheet, and "8 z 13" rather than "8/13", which would become a date.
    expect(lines[0]).toBe('"Nazwa";"Firma";"E-mail";"Etap";"Postęp";"Najbliższy termin";"Czego dotyczy";"Po terminie";"Data wypowiedzenia";"Sposób doręczenia wypowiedzenia";"Koniec współpracy"');
    expect(lines[1]).toBe('"Zofia Żak";"Żółć, sp. z o.o.";"";"Rozliczenie";"8 z 13";"2026-03-10";"termin płatności";"tak";"";"";""');
    expect(lines[2]).toBe('"Jan";"";"";"Zakończone";"13 z 13";"";"";"nie";"";"";""');
    expect(lines[3]).toBe('');
  });

  it('writes English headers for an English UI', () => {
    const csv = overviewCsv([], 'en');
    expect(csv).toBe(`${UTF8_BOM}"Name","Company","E-mail","Stage","Progress","Next deadline","What","Overdue","Notice date","Notice channel","End date"\r\n`);
  });

  it('adds the open amount per currency, e-mail, notice and end date, as numbers in the locale’s decimal mark', () => {
    const rows = [
      row({ name: 'Anna', emails: ['anna@firma.pl'], open: [{ currency: 'PLN', openBalance: 402_000 }, { currency: 'EUR', openBalance: -5_000 }], notice: { servedOn: '2026-02-01', channel: 'letter' }, endsOn: '2026-03-31' }),
      row({ name: '2/13' }),
    ];
    const pl = overviewCsv(rows, 'pl', ';').slice(1).split('\r\n');
    expect(pl[0]).toContain('"Do rozliczenia EUR";"Do rozliczenia PLN"');
    expect(pl[1]).toBe('"Anna";"";"anna@firma.pl";"Przygotowanie";"1 z 13";"";"";"nie";"2026-02-01";"list";"2026-03-31";"-50,00";"4020,00"');
    // A name that a spreadsheet would turn into 13 February stays text.
    expect(pl[2]!.startsWith(`"'2/13";`)).toBe(true);
    const en = overviewCsv(rows, 'en', ',').slice(1).split('\r\n');
    expect(en[1]!.endsWith('"letter","2026-03-31","-50.00","4020.00"')).toBe(true);
  });

  it('chooses ";" for comma-decimal locales and "," for English ones', () => {
    expect(csvSeparatorFor('pl-PL')).toBe(';');
    expect(csvSeparatorFor('de-DE')).toBe(';');
    expect(csvSeparatorFor('en-GB')).toBe(',');
    expect(csvSeparatorFor('en-US')).toBe(',');
  });

  it('a sender name made to split into a formula in a ;-locale spreadsheet is written defused', () => {
    const csv = overviewCsv([row({ name: 'Acme;=1+1', company: '＝HYPERLINK("x")' })], 'en');
    const line = csv.slice(1).split('\r\n')[1]!;
    expect(line.startsWith(`"Acme;'=1+1","'＝HYPERLINK(""x"")"`)).toBe(true);
  });
});
