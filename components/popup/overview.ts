/**
 * The popup's list logic, pure so it can be tested and stays fast with thousands of clients:
 * rows are sorted once and given a precomputed lower-case search key when the data arrives;
 * typing only filters that prepared array in memory.
 */
import { STAGES } from '../../offboarding/types';
import type { Stage } from '../../offboarding/types';
import type { OverviewRow } from '../../storage/protocol';

export interface IndexedRow {
  row: OverviewRow;
  /** name + company, lower-cased once. */
  key: string;
}

export interface OverviewFilter {
  query: string;
  /** null: every stage. */
  stage: Stage | null;
}

/** Sort order: earliest next deadline first, rows without a deadline last, then by name. */
export function compareRows(a: OverviewRow, b: OverviewRow): number {
  const da = a.nextDeadline?.on;
  const db = b.nextDeadline?.on;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.name.localeCompare(b.name) || a.clientId.localeCompare(b.clientId);
}

export function searchKey(row: Pick<OverviewRow, 'name' | 'company'>): string {
  return `${row.name} ${row.company ?? ''}`.toLowerCase();
}

/** Sorted rows with their search keys; call once per data load. */
export function indexRows(rows: readonly OverviewRow[]): IndexedRow[] {
  return [...rows].sort(compareRows).map((row) => ({ row, key: searchKey(row) }));
}

/** Whitespace-separated words must all appear in the name or company (any order, any case). */
export function filterRows(indexed: readonly IndexedRow[], filter: OverviewFilter): OverviewRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter((word) => word.length > 0);
  const result: OverviewRow[] = [];
  for (const entry of indexed) {
    if (filter.stage !== null && entry.row.stage !== filter.stage) continue;
    if (words.length > 0 && !words.every((word) => entry.key.includes(word))) continue;
    result.push(entry.row);
  }
  return result;
}

/** How many rows are in each stage (every stage present, zero when empty). */
export function stageCounts(rows: readonly OverviewRow[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const row of rows) counts[row.stage] += 1;
  return counts;
}

/** Rows shown at first and added by each "show more": the list never renders thousands of nodes. */
export const PAGE_SIZE = 50;
