/**
 * The overview's order and summary, pure and free of the database so the popup can share them: the
 * background sorts once, the popup shows the first page from a summary and keeps the same order
 * when the full list arrives.
 */
import { STAGES } from '../offboarding/types';
import type { Stage } from '../offboarding/types';
import type { OverviewSummary } from './protocol';
import type { OverviewRow } from '../offboarding/overview';

/** One collator for every comparison: localeCompare with a locale builds one per call. */
const names = new Intl.Collator('pl');

/** Earliest next deadline first, rows without one last; overdue first on a tie; then name, then id. */
export function compareOverviewRows(a: OverviewRow, b: OverviewRow): number {
  const aOn = a.nextDeadline?.on;
  const bOn = b.nextDeadline?.on;
  if (aOn !== bOn) {
    if (aOn === undefined) return 1;
    if (bOn === undefined) return -1;
    return aOn < bOn ? -1 : 1;
  }
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return names.compare(a.name, b.name) || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0);
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
