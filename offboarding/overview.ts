/** One client's line in the overview: stage, progress and the next deadline of its current offboarding. */
import type { Client, Offboarding, Stage, ThreadRef } from './types';
import { progress, stageOf } from './checklist';
import { noticeEndFor, type DeadlineKind } from './deadlines';
import { isOverdue, nextDeadline } from './open-deadlines';
import { openBalances } from './settlement';

export interface OverviewRow {
  clientId: string;
  offboardingId: string;
  name: string;
  company?: string;
  stage: Stage;
  /** done (or skipped) / total checklist items */
  progress: { done: number; total: number };
  /** Earliest open deadline (ISO date) and what it is. */
  nextDeadline?: { on: string; what: DeadlineKind };
  overdue: boolean;
  thread?: ThreadRef;
  updatedAt: string;
  /** The client's addresses (search, CSV). Optional: rows built before issue 17 lack them. */
  emails?: string[];
  /** Invoice numbers of the settlement (search). */
  invoiceNos?: string[];
  /** What is still open per currency (positive: the client owes us); empty when settled. */
  open?: Array<{ currency: string; openBalance: number }>;
  /** When the cooperation ends: the notice's computed end, else the fixed term's end. */
  endsOn?: string;
  /** The notice as served: its date and channel. */
  notice?: { servedOn: string; channel: string };
}

export function overviewRow(client: Client, ob: Offboarding, today: string): OverviewRow {
  const row: OverviewRow = {
    clientId: client.id,
    offboardingId: ob.id,
    name: client.name,
    stage: stageOf(ob),
    progress: progress(ob),
    overdue: false,
    updatedAt: ob.updatedAt > client.updatedAt ? ob.updatedAt : client.updatedAt,
  };
  if (client.company !== undefined) row.company = client.company;
  if (ob.thread !== undefined) row.thread = ob.thread;
  row.emails = [...client.emails];
  const invoiceNos = ob.settlement.map((item) => item.invoiceNo).filter((no): no is string => typeof no === 'string' && no !== '');
  if (invoiceNos.length > 0) row.invoiceNos = invoiceNos;
  try {
    row.open = openBalances(ob.settlement);
  } catch {
    // A damaged settlement line leaves the balance unknown rather than wrong.
  }
  if (ob.notice) row.notice = { servedOn: ob.notice.servedOn, channel: ob.notice.channel };
  try {
    const endsOn = noticeEndFor(client, ob) ?? client.contract.fixedTermEndsOn;
    if (endsOn) row.endsOn = endsOn;
  } catch {
    // No computable end date: the column stays empty.
  }
  try {
    const deadline = nextDeadline(client, ob, today);
    if (deadline) {
      row.nextDeadline = { on: deadline.on, what: deadline.what };
      row.overdue = isOverdue(deadline, today);
    }
  } catch {
    // A row whose contract data cannot produce a date is still listed, without a deadline.
  }
  return row;
}
