/**
 * CSV export of the overview. RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM so that Excel
 * reads Polish letters correctly. Every cell is quoted, and every place a spreadsheet could start a
 * formula — also after a separator it may split on — is defused.
 */
import type { Lang } from '../../offboarding/types';
import type { OverviewRow } from '../../offboarding/overview';
import { translator } from '../../common/i18n';
import { popupMessages } from './messages';

export const UTF8_BOM = '\uFEFF';

/**
 * What makes Excel/LibreOffice/Sheets treat a cell as a formula (OWASP CSV injection): = + - @, a
 * tab or CR, and their fullwidth forms (＝＋－＠), which some spreadsheets normalise.
 */
const FORMULA_CHARS = '=+\\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20';
/**
 * A formula start after a character a spreadsheet may split a line on (, ; tab | and line ends) —
 * Excel in a Polish locale splits on ';' and ignores our commas and quotes, so "Acme;=1+1" would
 * become a cell "=1+1" — and at the start of the cell. Spaces between are skipped, as spreadsheets do.
 */
const AFTER_SEPARATOR = new RegExp(`([,;\\t|\\r\\n][ \\u00A0]*)(?=[${FORMULA_CHARS}])`, 'g');
const AT_START = new RegExp(`^([ \\u00A0]*)(?=[${FORMULA_CHARS}])`);

const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/** One cell: every formula start defused with an apostrophe, then always quoted (RFC 4180). */
export function csvCell(value: string, numeric = false): string {
  // An amount column's plain negative number ("-50,00", owed to the client) is no formula and stays a number.
  const safe = numeric && PLAIN_NUMBER.test(value) ? value : value.replace(AFTER_SEPARATOR, "$1'").replace(AT_START, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly string[], separator: CsvSeparator = ',', numericFrom = Infinity): string {
  return cells.map((cell, index) => csvCell(cell, index >= numericFrom)).join(separator);
}

export type CsvSeparator = ',' | ';';

/**
 * The list separator a spreadsheet in this locale expects: ";" where the decimal mark is a comma
 * (Polish, German, French… Excel then splits on ";"), "," where it is a point (English).
 */
export function csvSeparatorFor(locale: string): CsvSeparator {
  try {
    return new Intl.NumberFormat(locale).format(1.5).includes(',') ? ';' : ',';
  } catch {
    return ',';
  }
}

/** "2/13", "3.4", "1-2" would become dates in a spreadsheet: kept as text. ISO dates stay dates on purpose. */
const DATE_LIKE = /^\s*\d{1,4}\s*[/.\-]\s*\d{1,4}(\s*[/.\-]\s*\d{1,4})?\s*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function textCell(value: string): string {
  return DATE_LIKE.test(value) && !ISO_DATE.test(value) ? `'${value}` : value;
}

/** An amount as a plain number in the spreadsheet's decimal mark (no grouping, no currency). */
function amountCell(amountMinor: number, currency: string, decimalMark: ',' | '.'): string {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // An unknown code keeps two digits.
  }
  const negative = amountMinor < 0;
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const number = digits === 0 ? text : `${text.slice(0, -digits)}${decimalMark}${text.slice(-digits)}`;
  return negative ? `-${number}` : number;
}

/**
 * The whole file, header in the UI language, starting with the BOM. One "open" column per currency
 * that any row has open (never added across currencies); a negative amount is owed to the client.
 */
export function overviewCsv(rows: readonly OverviewRow[], lang: Lang, separator: CsvSeparator = lang === 'pl' ? ';' : ','): string {
  const t = translator(popupMessages, lang);
  const decimalMark = separator === ';' ? ',' : '.';
  const currencies = [...new Set(rows.flatMap((row) => (row.open ?? []).map((open) => open.currency)))].sort();
  const header = [
    t('csv.name'),
    t('csv.company'),
    t('csv.emails'),
    t('csv.stage'),
    t('csv.progress'),
    t('csv.nextDeadline'),
    t('csv.what'),
    t('csv.overdue'),
    t('csv.noticeOn'),
    t('csv.noticeChannel'),
    t('csv.endsOn'),
    ...currencies.map((currency) => t('csv.open', { currency })),
  ];
  const lines = [csvLine(header, separator)];
  for (const row of rows) {
    const channel = row.notice?.channel;
    lines.push(
      csvLine(
        [
          textCell(row.name),
          textCell(row.company ?? ''),
          (row.emails ?? []).join(' '),
          t(`stage.${row.stage}`),
          // "2 z 13", not "2/13", which a spreadsheet reads as 13 February.
          t('csv.progressValue', { done: row.progress.done, total: row.progress.total }),
          row.nextDeadline?.on ?? '',
          row.nextDeadline ? t(`what.${row.nextDeadline.what}`) : '',
          row.overdue ? t('yes') : t('no'),
          row.notice?.servedOn ?? '',
          channel && `channel.${channel}` in popupMessages ? t(`channel.${channel}` as 'channel.email') : (channel ?? ''),
          row.endsOn ?? '',
          ...currencies.map((currency) => {
            const open = row.open?.find((entry) => entry.currency === currency);
            return open ? amountCell(open.openBalance, currency, decimalMark) : '';
          }),
        ],
        separator,
        header.length - currencies.length,
      ),
    );
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
