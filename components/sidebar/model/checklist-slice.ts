/** The checklist: ticking a step, and the step offered after an insertion. */
import type { ChecklistKey } from '../../../offboarding/types';
import type { Session } from './session';

export function checklistSlice({ store, mutate, patch, requireOffboarding }: Session) {
  return {
    async setChecklist(key: ChecklistKey, done: boolean): Promise<void> {
      await mutate(() => patch({ op: 'checklist', key, done }));
    },
    /** Replaces the step's note (empty removes it); the tick and "not applicable" stay as they are. */
    async saveStepNote(key: ChecklistKey, note: string): Promise<boolean> {
      const saved = await mutate(() => {
        const entry = requireOffboarding().checklist[key] ?? {};
        return patch({ op: 'checklist', key, done: entry.doneAt !== undefined, ...(entry.skipped ? { skipped: true } : {}), note });
      }, { okKey: 'noteSaved' });
      return saved !== null;
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
