/** One client's line in the overview: stage, progress and the next deadline of its current offboarding. */
import type { Client, Offboarding, Stage, ThreadRef } from './types';
import { progress, stageOf } from './checklist';
import { isOverdue, nextDeadline } from './deadlines';

export interface OverviewRow {
  clientId: string;
  offboardingId: string;
  name: string;
  company?: string;
  stage: Stage;
  /** done (or skipped) / total checklist items */
  progress: { done: number; total: number };
  /** Earliest open deadline (ISO date) and what it is. */
  nextDeadline?: { on: string; what: 'notice-end' | 'payment-due' | 'feedback-due' | 'non-renewal-by' };
  overdue: boolean;
  thread?: ThreadRef;
  updatedAt: string;
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
