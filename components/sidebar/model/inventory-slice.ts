/** The handover inventory: add, change, move to another state, remove (each an event in the timeline). */
import type { HandoverState } from '../../../offboarding/types';
import type { HandoverItemInput } from '../../../offboarding/inventory';
import type { Session } from './session';

/** Where the inventory's confirmations and errors are shown: under its own step. */
export function inventoryAnchor(step: string): string {
  return `inventory:${step}`;
}

export function inventorySlice({ mutate, patch }: Session) {
  return {
    async addInventoryItem(item: HandoverItemInput, step: string): Promise<boolean> {
      return (await mutate(() => patch({ op: 'inventory-add', item }), { okKey: 'inventorySaved', anchor: inventoryAnchor(step) })) !== null;
    },
    async updateInventoryItem(id: string, item: HandoverItemInput, step: string): Promise<boolean> {
      return (await mutate(() => patch({ op: 'inventory-update', id, item }), { okKey: 'inventorySaved', anchor: inventoryAnchor(step) })) !== null;
    },
    async setInventoryState(id: string, state: HandoverState, on: string | undefined, step: string): Promise<boolean> {
      return (await mutate(() => patch({ op: 'inventory-state', id, state, ...(on ? { on } : {}) }), { okKey: 'inventorySaved', anchor: inventoryAnchor(step) })) !== null;
    },
    async removeInventoryItem(id: string, step: string): Promise<boolean> {
      return (await mutate(() => patch({ op: 'inventory-remove', id }), { okKey: 'inventoryRemoved', anchor: inventoryAnchor(step) })) !== null;
    },
  };
}
