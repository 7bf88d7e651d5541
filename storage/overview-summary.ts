/**
 * The overview summary (schema v4): one row per client holding offboarding/overview.ts overviewRow's
 * output, written in the same transaction as every change to that client, with the stage counts in
 * `meta`. The popup's first screen reads `limit` rows by the sortKey index and seven counters, so
 * its cost does not grow with the store.
 *
 * A row depends on the day only through its deadlines (a notice end drops out once passed, a date
 * turns overdue the day after): `validThrough` is the last day the row stays exact, and a read for a
 * later day first recomputes the few rows that expired.
 */
import type { Table, Transaction } from 'dexie';
import { STAGES, type Client, type Offboarding, type Stage } from '../offboarding/types';
import { overviewRow, type OverviewRow } from '../offboarding/overview';
import { currentOffboarding } from '../offboarding/current';
import { alertWindow, openDeadlines } from '../offboarding/open-deadlines';
import { overviewSortKey } from './overview';
import type { OverviewSummary } from './protocol';
import type { MetaRow, OffboardDB } from './db';

export interface SummaryRow {
  clientId: string;
  /** overviewRow's output as it was for the day it was computed; new row fields ride along. */
  row: OverviewRow;
  /** storage/overview.ts overviewSortKey: the popup's order as an index. */
  sortKey: string;
  /** The last ISO day the row is exact; NEVER_STALE when time alone cannot change it. */
  validThrough: string;
  stage: Stage;
  /**
   * offboarding/deadlines.ts alertWindow of the row's pair: the days the daily check may find
   * something due (absent when no day can). Independent of the day, so never stale; `alertUntil`
   * is indexed (rows without it are not in the index), and the check reads only rows whose
   * window is not over, then keeps those it has reached.
   */
  alertFrom?: string;
  alertUntil?: string;
}

/** Sorts after every ISO date. */
export const NEVER_STALE = '~';
const STAGE_KEY = (stage: Stage) => `overview-stage:${stage}`;
const DAY_KEY = 'overview-day';
/**
 * The shape of the stored rows: bump it when overviewRow gains or changes a field, and every summary
 * is rebuilt on its next read (no schema version needed, since no index changes).
 */
export const SUMMARY_SHAPE = 2;
const dayMark = (today: string) => `${today}#${SUMMARY_SHAPE}`;
const PAGE = 1_000;

export type SummaryTables = Pick<OffboardDB, 'clients' | 'offboardings' | 'overview' | 'meta'>;

/** The summary's tables as a transaction (an upgrade's) sees them. */
export function summaryTables(tx: Transaction): SummaryTables {
  return {
    clients: tx.table('clients') as OffboardDB['clients'],
    offboardings: tx.table('offboardings') as OffboardDB['offboardings'],
    overview: tx.table('overview') as OffboardDB['overview'],
    meta: tx.table('meta') as OffboardDB['meta'],
  };
}

/** The summary row of a client and its offboardings for `today`; null when it has none. Pure. */
export function summaryRowFor(client: Client, offboardings: readonly Offboarding[], today: string): SummaryRow | null {
  const ob = currentOffboarding(offboardings);
  if (!ob) return null;
  const row = overviewRow(client, ob, today);
  const summary: SummaryRow = { clientId: client.id, row, sortKey: overviewSortKey(row), validThrough: validThrough(client, ob, today), stage: row.stage };
  const window = alertWindow(client, ob);
  if (window) {
    summary.alertFrom = window.from;
    summary.alertUntil = window.until;
  }
  return summary;
}

/** The earliest deadline on or after today: up to that day nothing in the row moves by itself. */
function validThrough(client: Client, ob: Offboarding, today: string): string {
  try {
    let earliest = NEVER_STALE;
    for (const deadline of openDeadlines(client, ob, today)) if (deadline.on >= today && deadline.on < earliest) earliest = deadline.on;
    return earliest;
  } catch {
    return NEVER_STALE; // overviewRow lists such a row without a deadline, whatever the day
  }
}

/** Recomputes one client's row after a change; call inside the change's read-write transaction. */
export async function refreshClientSummary(tables: SummaryTables, clientId: string, today: string): Promise<void> {
  const [client, offboardings, old] = await Promise.all([
    tables.clients.get(clientId),
    tables.offboardings.where('clientId').equals(clientId).toArray(),
    tables.overview.get(clientId),
  ]);
  const next = client ? summaryRowFor(client, offboardings, today) : null;
  if (next) await tables.overview.put(next);
  else if (old) await tables.overview.delete(clientId);
  if (old?.stage !== next?.stage) {
    if (old) await bumpStage(tables.meta, old.stage, -1);
    if (next) await bumpStage(tables.meta, next.stage, +1);
  }
}

async function bumpStage(meta: SummaryTables['meta'], stage: Stage, by: number): Promise<void> {
  const row = await meta.get(STAGE_KEY(stage));
  await meta.put({ key: STAGE_KEY(stage), value: (typeof row?.value === 'number' ? row.value : 0) + by });
}

/** The whole summary from the clients and offboardings, a page of clients at a time. */
export async function rebuildOverviewSummary(tables: SummaryTables, today: string): Promise<void> {
  await tables.overview.clear();
  const builder = new SummaryBuilder(today);
  let after: string | null = null;
  for (;;) {
    const page: Client[] = await (after === null ? tables.clients.orderBy(':id') : tables.clients.where(':id').above(after)).limit(PAGE).toArray();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    await builder.addClients(tables, page);
  }
  await builder.finish(tables);
}

/**
 * Builds the summary page by page into an empty overview table (a rebuild; an import writes its
 * rows as it stages its offboardings: storage/backup/import-summary.ts).
 * The clients' offboardings must already be in `tables.offboardings`, and each page must be every
 * client between its first and last id (pages read in key order): the page's offboardings are then
 * one range of the clientId index, read at once, rather than one cursor step per client.
 */
export class SummaryBuilder {
  private readonly counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;

  constructor(private readonly today: string) {}

  async addClients(tables: SummaryTables, page: readonly Client[]): Promise<void> {
    if (page.length === 0) return;
    const offboardings = await tables.offboardings.where('clientId').between(page[0]!.id, page[page.length - 1]!.id, true, true).toArray();
    const byClient = new Map<string, Offboarding[]>();
    for (const ob of offboardings) {
      const list = byClient.get(ob.clientId);
      if (list) list.push(ob);
      else byClient.set(ob.clientId, [ob]);
    }
    const rows: SummaryRow[] = [];
    for (const client of page) {
      const row = summaryRowFor(client, byClient.get(client.id) ?? [], this.today);
      if (row) {
        rows.push(row);
        this.counts[row.stage] += 1;
      }
    }
    await tables.overview.bulkPut(rows);
  }

  async finish(tables: SummaryTables): Promise<void> {
    await writeSummaryMeta(tables.meta, (stage) => this.counts[stage], this.today);
  }
}

/** The summary's meta rows: the number of rows of each stage, and the day the rows are exact for. */
export async function writeSummaryMeta(meta: SummaryTables['meta'], countOf: (stage: Stage) => number, today: string): Promise<void> {
  await meta.bulkPut([...STAGES.map((stage) => ({ key: STAGE_KEY(stage), value: countOf(stage) })), { key: DAY_KEY, value: dayMark(today) }]);
}

/** Empties the summary (with the store). */
export async function clearOverviewSummary(tables: SummaryTables, today: string): Promise<void> {
  await tables.overview.clear();
  await tables.meta.bulkPut([...STAGES.map((stage) => ({ key: STAGE_KEY(stage), value: 0 })), { key: DAY_KEY, value: dayMark(today) }]);
}

/** Whether the summary was last brought to `today` (nothing to recompute). */
export async function summaryIsAt(tables: Pick<SummaryTables, 'meta'>, today: string): Promise<boolean> {
  return (await tables.meta.get(DAY_KEY))?.value === dayMark(today);
}

/**
 * Brings the summary to `today`: recomputes the rows that expired since (a handful a day); a clock
 * that went back rebuilds it all. Call inside a read-write transaction over SummaryTables.
 */
export async function bringSummaryTo(tables: SummaryTables, today: string): Promise<void> {
  const mark = (await tables.meta.get(DAY_KEY))?.value;
  if (mark === dayMark(today)) return;
  const [day, shape] = typeof mark === 'string' ? mark.split('#') : [];
  if (day === undefined || shape !== String(SUMMARY_SHAPE) || day > today) {
    await rebuildOverviewSummary(tables, today);
    return;
  }
  const expired = await tables.overview.where('validThrough').below(today).primaryKeys();
  for (const clientId of expired) await refreshClientSummary(tables, clientId, today);
  await tables.meta.put({ key: DAY_KEY, value: dayMark(today) });
}

/** The first `limit` rows in the popup's order, and the counts of all rows. */
export async function readSummary(tables: SummaryTables, limit: number): Promise<OverviewSummary> {
  const [first, counters] = await Promise.all([
    tables.overview.orderBy('sortKey').limit(limit).toArray(),
    tables.meta.bulkGet(STAGES.map(STAGE_KEY)),
  ]);
  const stages = Object.fromEntries(STAGES.map((stage, index) => [stage, numberOf(counters[index])])) as Record<Stage, number>;
  const total = STAGES.reduce((sum, stage) => sum + stages[stage], 0);
  return { rows: first.map((entry) => entry.row), total, stages };
}

/**
 * The clients and current offboardings for which the daily check may find something due `today`
 * (alertWindow holds it): read through the alertUntil index, so the cost follows the rows whose
 * window is not over, not the store. collectAlerts on them equals collectAlerts on everything.
 * Call inside a read transaction over the summary's tables.
 */
export async function readAlertCandidates(tables: SummaryTables, today: string): Promise<{ clients: Client[]; offboardings: Offboarding[] }> {
  const open = await tables.overview.where('alertUntil').aboveOrEqual(today).toArray();
  const reached = open.filter((entry) => entry.alertFrom !== undefined && entry.alertFrom <= today);
  const [clients, offboardings] = await Promise.all([
    tables.clients.bulkGet(reached.map((entry) => entry.clientId)),
    tables.offboardings.bulkGet(reached.map((entry) => entry.row.offboardingId)),
  ]);
  return {
    clients: clients.filter((client): client is NonNullable<typeof client> => client !== undefined),
    offboardings: offboardings.filter((ob): ob is Offboarding => ob !== undefined),
  };
}

/** Every row in the popup's order. */
export async function readAllSummaryRows(tables: SummaryTables): Promise<OverviewRow[]> {
  return (await tables.overview.orderBy('sortKey').toArray()).map((entry) => entry.row);
}

const numberOf = (row: MetaRow | undefined): number => (typeof row?.value === 'number' ? row.value : 0);
