/**
 * The overview summary of an import, written with its offboardings: a client's row depends only on
 * the client and its current offboarding (offboarding/current.ts), and a file holds its clients
 * before their offboardings, so each offboarding batch writes the rows of its clients in its own
 * transaction. Built at the commit instead, from the whole fresh database read back, the summary
 * grew faster than the store (×14 for ×10) and cost a third of a 100 000-client import.
 */
import type { Offboarding, Stage } from '../../offboarding/types';
import { currentOffboarding } from '../../offboarding/current';
import { summaryRowFor, writeSummaryMeta, type SummaryRow } from '../overview-summary';
import type { OffboardDB } from '../db';

/** A batch's effect on the stage counts and the clients with a row, learnt once its transaction has committed. */
export interface SummaryChanges {
  readonly clients: readonly string[];
  readonly stages: ReadonlyArray<[Stage, number]>;
}

export class ImportSummary {
  /**
   * The clients that have a row. Ids only (one per client with an offboarding, LIMITS.importRows):
   * the heap the import keeps grows with the store, and its collections with that heap.
   */
  private readonly withRow = new Set<string>();
  private readonly counts = new Map<Stage, number>();
  /** The day every row is computed for: the first batch's, so one mark is exact for all of them. */
  private day: string | undefined;

  /**
   * Writes the summary rows of the clients whose current offboarding is in `offboardings` (already
   * checked and added in this transaction, which must hold clients, offboardings and overview). A
   * client's row is replaced only by a newer offboarding, as currentOffboarding picks; only a client
   * that already has a row (rare: several offboardings, in different batches) is read back for it.
   */
  async stage(db: OffboardDB, offboardings: readonly Offboarding[], today: string): Promise<SummaryChanges> {
    if (offboardings.length === 0) return { clients: [], stages: [] };
    const day = (this.day ??= today);
    const byClient = new Map<string, Offboarding[]>();
    for (const ob of offboardings) {
      const list = byClient.get(ob.clientId);
      if (list) list.push(ob);
      else byClient.set(ob.clientId, [ob]);
    }
    const newest = [...byClient.values()].map((list) => currentOffboarding(list)!);
    const earlier = newest.filter((ob) => this.withRow.has(ob.clientId));
    const replaced = new Map<string, SummaryRow>();
    const kept = new Set<string>();
    if (earlier.length > 0) {
      const rows = await db.overview.bulkGet(earlier.map((ob) => ob.clientId));
      const shown = await db.offboardings.bulkGet(rows.map((row) => row?.row.offboardingId ?? ''));
      earlier.forEach((ob, index) => {
        const row = rows[index];
        const before = shown[index];
        if (!row || !before) throw new Error(`ImportSummary: the summary row of ${ob.clientId} cannot be read back`);
        if (currentOffboarding([before, ob]) === ob) replaced.set(ob.clientId, row);
        else kept.add(ob.clientId); // the row's offboarding is newer: it stays
      });
    }
    const candidates = newest.filter((ob) => !kept.has(ob.clientId));
    const clients = await db.clients.bulkGet(candidates.map((ob) => ob.clientId));
    const rows: SummaryRow[] = [];
    const stages: Array<[Stage, number]> = [];
    candidates.forEach((ob, index) => {
      const client = clients[index];
      // The offboarding was checked against the written clients: its client is there.
      if (!client) throw new Error(`ImportSummary: the client ${ob.clientId} of a staged offboarding cannot be read`);
      const row = summaryRowFor(client, [ob], day)!;
      rows.push(row);
      stages.push([row.stage, +1]);
      const old = replaced.get(ob.clientId);
      if (old) stages.push([old.stage, -1]);
    });
    await db.overview.bulkPut(rows);
    return { clients: candidates.map((ob) => ob.clientId), stages };
  }

  /** Learns a committed batch's rows. */
  apply(changes: SummaryChanges): void {
    for (const clientId of changes.clients) this.withRow.add(clientId);
    for (const [stage, by] of changes.stages) this.counts.set(stage, (this.counts.get(stage) ?? 0) + by);
  }

  /** The stage counts and the day mark, for the commit's transaction over meta. */
  async finish(db: OffboardDB, today: string): Promise<void> {
    await writeSummaryMeta(db.meta, (stage) => this.counts.get(stage) ?? 0, this.day ?? today);
  }
}
