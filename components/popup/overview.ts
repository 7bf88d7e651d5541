/**
 * The popup's list logic, pure so it can be tested and stays fast with thousands of clients:
 * rows are sorted once and given a precomputed lower-case search key when the data arrives;
 * typing only filters that prepared array in memory.
 */
import type { Stage } from '../../offboarding/types';
import { compareOverviewRows, countStages } from '../../storage/overview';
import type { OverviewRow } from '../../offboarding/overview';

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

/** Sort order: the background's (storage/overview.ts), so rows keep their place when the full list arrives. */
export const compareRows = compareOverviewRows;

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
export const stageCounts: (rows: readonly OverviewRow[]) => Record<Stage, number> = countStages;

/** Rows shown at first and added by each "show more": the list never renders thousands of nodes. */
export const PAGE_SIZE = 50;
