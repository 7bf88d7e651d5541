/** The checklist: ticking a step, and the step offered after an insertion. */
import type { ChecklistKey } from '../../../offboarding/types';
import type { Session } from './session';

export function checklistSlice({ store, mutate, patch }: Session) {
  return {
    async setChecklist(key: ChecklistKey, done: boolean): Promise<void> {
      await mutate(() => patch({ op: 'checklist', key, done }));
    },
    async acceptOffer(): Promise<void> {
      const offer = store.getState().offer;
      if (!offer) return;
      store.setState({ offer: null });
      await mutate(() => patch({ op: 'checklist', key: offer.key, done: true }));
    },
    dismissOffer(): void {
      store.setState({ offer: null });
    },
  };
}
