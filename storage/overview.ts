/**
 * The overview's order and summary, pure and free of the database so the popup can share them: the
 * background sorts once, the popup shows the first page from a summary and keeps the same order
 * when the full list arrives.
 */
import { STAGES } from '../offboarding/types';
import type { Stage } from '../offboarding/types';
import type { OverviewSummary } from './protocol';
import type { OverviewRow } from '../offboarding/overview';

/**
 * Polish alphabetical order as plain code-unit order, so that an IndexedDB index sorts like the
 * popup: lower case, accents of other languages dropped, and each Polish letter placed after its
 * base (a < ą < b; z < ź < ż) by a "~" that sorts after every letter.
 */
const POLISH_LETTERS: Record<string, string> = { ą: 'a~', ć: 'c~', ę: 'e~', ł: 'l~', ń: 'n~', ó: 'o~', ś: 's~', ź: 'z~', ż: 'z~~' };

export function polishSortKey(text: string): string {
  let out = '';
  for (const char of text.toLocaleLowerCase('pl')) {
    out += POLISH_LETTERS[char] ?? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return out;
}

/**
 * The row's place in the overview as one string: earliest next deadline first, rows without one
 * last; then the name in Polish order; then the id. (Two rows with the same deadline date are both
 * overdue or both not, so overdue needs no place of its own.)
 */
export function overviewSortKey(row: Pick<OverviewRow, 'nextDeadline' | 'name' | 'clientId'>): string {
  return `${row.nextDeadline?.on ?? '~'}\u0001${polishSortKey(row.name)}\u0001${row.clientId}`;
}

/** The order of overviewSortKey (the summary index's), for rows in memory. */
export function compareOverviewRows(a: OverviewRow, b: OverviewRow): number {
  const aKey = overviewSortKey(a);
  const bKey = overviewSortKey(b);
  return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
}

/** How many rows are in each stage (every stage present, zero when empty). */
export function countStages(rows: readonly Pick<OverviewRow, 'stage'>[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const row of rows) counts[row.stage] += 1;
  return counts;
}

/** The first screen of the overview: `limit` rows of the sorted list, with the totals of all of it. */
export function summarizeOverview(sorted: readonly OverviewRow[], limit: number): OverviewSummary {
  return { rows: sorted.slice(0, limit), total: sorted.length, stages: countStages(sorted) };
}
