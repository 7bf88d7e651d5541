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

/** One cell: every formula start defused with an apostrophe, then always quoted (RFC 4180). */
export function csvCell(value: string): string {
  const safe = value.replace(AFTER_SEPARATOR, "$1'").replace(AT_START, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file, header in the UI language, starting with the BOM. */
export function overviewCsv(rows: readonly OverviewRow[], lang: Lang): string {
  const t = translator(popupMessages, lang);
  const header = [
    t('csv.name'),
    t('csv.company'),
    t('csv.stage'),
    t('csv.progress'),
    t('csv.nextDeadline'),
    t('csv.what'),
    t('csv.overdue'),
  ];
  const lines = [csvLine(header)];
  for (const row of rows) {
    lines.push(
      csvLine([
        row.name,
        row.company ?? '',
        t(`stage.${row.stage}`),
        `${row.progress.done}/${row.progress.total}`,
        row.nextDeadline?.on ?? '',
        row.nextDeadline ? t(`what.${row.nextDeadline.what}`) : '',
        row.overdue ? t('yes') : t('no'),
      ]),
    );
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
