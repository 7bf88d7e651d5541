/** Which of a client's offboardings is the current one, and whether it is still going. */
import type { Client, Offboarding } from './types';
import { stageOf } from './checklist';

/** The client's current offboarding: the most recently created one. */
export function currentOffboarding(offboardings: readonly Offboarding[]): Offboarding | undefined {
  let current: Offboarding | undefined;
  for (const ob of offboardings) {
    if (!current || ob.createdAt > current.createdAt || (ob.createdAt === current.createdAt && ob.id > current.id)) {
      current = ob;
    }
  }
  return current;
}

/** Each client paired with its current offboarding; clients with none, and orphans, are left out. */
export function withCurrentOffboarding<C extends Pick<Client, 'id'>>(
  clients: readonly C[],
  offboardings: readonly Offboarding[],
): Array<[C, Offboarding]> {
  const byClient = new Map<string, Offboarding[]>();
  for (const ob of offboardings) {
    const list = byClient.get(ob.clientId);
    if (list) list.push(ob);
    else byClient.set(ob.clientId, [ob]);
  }
  const pairs: Array<[C, Offboarding]> = [];
  for (const client of clients) {
    const ob = currentOffboarding(byClient.get(client.id) ?? []);
    if (ob) pairs.push([client, ob]);
  }
  return pairs;
}

/** Still going: not closed by date, not kept by the call, and some checklist item is open. */
export function isRunning(ob: Offboarding): boolean {
  const stage = stageOf(ob);
  return ob.closedOn === undefined && stage !== 'closed' && stage !== 'kept';
}
