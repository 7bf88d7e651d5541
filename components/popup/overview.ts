/**
 * The popup's list logic, pure so it can be tested and stays fast with thousands of clients:
 * rows are sorted once and given a precomputed lower-case search key when the data arrives;
 * typing only filters that prepared array in memory.
 */
import { STAGES } from '../../offboarding/types';
import type { Stage } from '../../offboarding/types';
import { compareOverviewRows, countStages } from '../../storage/overview';
import type { OverviewRow } from '../../offboarding/overview';

export interface IndexedRow {
  row: OverviewRow;
  /** name, company, addresses and invoice numbers, folded once (foldForSearch). */
  key: string;
}

/** Lower case without diacritics, so "zolc" finds "Żółć" (ł does not decompose, so it is mapped). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').toLowerCase();
}

export type SortKey = 'deadline' | 'name' | 'stage' | 'balance' | 'end';
export const SORT_KEYS: readonly SortKey[] = ['deadline', 'name', 'stage', 'balance', 'end'];

export interface OverviewFilter {
  query: string;
  /** null: every stage. */
  stage: Stage | null;
}

/** Sort order: the background's (storage/overview.ts), so rows keep their place when the full list arrives. */
export const compareRows = compareOverviewRows;

export function searchKey(row: Pick<OverviewRow, 'name' | 'company' | 'emails' | 'invoiceNos'>): string {
  return foldForSearch([row.name, row.company ?? '', ...(row.emails ?? []), ...(row.invoiceNos ?? [])].join(' '));
}

/** Sorted rows with their search keys; call once per data load. */
export function indexRows(rows: readonly OverviewRow[]): IndexedRow[] {
  return [...rows].sort(compareRows).map((row) => ({ row, key: searchKey(row) }));
}

/** Whitespace-separated words must all appear in the name or company (any order, any case). */
export function filterRows(indexed: readonly IndexedRow[], filter: OverviewFilter): OverviewRow[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter((word) => word.length > 0);
  const result: OverviewRow[] = [];
  for (const entry of indexed) {
    if (filter.stage !== null && entry.row.stage !== filter.stage) continue;
    if (words.length > 0 && !words.every((word) => entry.key.includes(word))) continue;
    result.push(entry.row);
  }
  return result;
}


const names = new Intl.Collator('pl');

/** The largest open amount of a row, in any currency (amounts are never added across currencies). */
function largestOpen(row: OverviewRow): number {
  return Math.max(0, ...(row.open ?? []).map((open) => Math.abs(open.openBalance)));
}

/**
 * Rows in the chosen order; 'deadline' is the background's order. Ties keep that order (a stable
 * sort over already sorted rows). Balance: the largest open amount first; end date: soonest first,
 * rows without one last.
 */
export function sortRows(rows: readonly OverviewRow[], key: SortKey): OverviewRow[] {
  const out = [...rows];
  if (key === 'name') out.sort((a, b) => names.compare(a.name, b.name));
  else if (key === 'stage') out.sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  else if (key === 'balance') out.sort((a, b) => largestOpen(b) - largestOpen(a));
  else if (key === 'end') out.sort((a, b) => (a.endsOn === b.endsOn ? 0 : a.endsOn === undefined ? 1 : b.endsOn === undefined ? -1 : a.endsOn < b.endsOn ? -1 : 1));
  return out;
}

/** How many rows are in each stage (every stage present, zero when empty). */
export const stageCounts: (rows: readonly OverviewRow[]) => Record<Stage, number> = countStages;

/** Rows shown at first and added by each "show more": the list never renders thousands of nodes. */
export const PAGE_SIZE = 50;
