/**
 * CSV export of the overview. RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM so that Excel
 * reads Polish letters correctly. Cells that a spreadsheet would run as a formula are defused.
 */
import type { Lang } from '../../offboarding/types';
import type { OverviewRow } from '../../storage/protocol';
import { translator } from '../i18n';
import { popupMessages } from './messages';

export const UTF8_BOM = '\uFEFF';

/** Characters that make Excel/LibreOffice/Sheets treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: defused when it could start a formula, quoted when it holds a comma, quote or line end. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
