/** The settlement's items: add, change, remove. */
import type { SettlementItem } from '../../../offboarding/types';
import type { Session } from './session';

export function settlementSlice({ mutate, patch }: Session) {
  return {
    async addSettlement(item: Omit<SettlementItem, 'id'>): Promise<boolean> {
      return (await mutate(() => patch({ op: 'settlement-add', item }))) !== null;
    },
    async updateSettlement(id: string, changes: Partial<Omit<SettlementItem, 'id'>>): Promise<boolean> {
      return (await mutate(() => patch({ op: 'settlement-update', id, changes }))) !== null;
    },
    async removeSettlement(id: string): Promise<boolean> {
      return (await mutate(() => patch({ op: 'settlement-remove', id }))) !== null;
    },
  };
}
