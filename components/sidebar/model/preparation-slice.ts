/** Before the notice (issue 18): the analysis, the negotiation position and the call's outcome. */
import type { CallOutcome, NegotiationPosition } from '../../../offboarding/types';
import type { AnalysisInput } from '../../../offboarding/preparation';
import type { Draft } from '../../../webmail/types';
import { errorText } from '../../../common/errors';
import type { Session } from './session';

export function preparationSlice({ deps, store, mutate, patch, requireOffboarding }: Session) {
  return {
    /** The analysis, and the reason in the user's words (reasonNote) when it changed. */
    async saveAnalysis(analysis: AnalysisInput, reasonNote: string): Promise<boolean> {
      const saved = await mutate(async () => {
        const note = reasonNote.trim();
        if ((requireOffboarding().reasonNote ?? '') !== note) await patch({ op: 'set', changes: { reasonNote: note } });
        return patch({ op: 'analysis-set', analysis });
      }, { okKey: 'prepSaved' });
      return saved !== null;
    },
    async savePosition(position: NegotiationPosition): Promise<boolean> {
      return (await mutate(() => patch({ op: 'position-set', position }), { okKey: 'prepSaved' })) !== null;
    },
    async saveOutcome(outcome: CallOutcome): Promise<boolean> {
      return (await mutate(() => patch({ op: 'outcome-set', outcome }), { okKey: 'prepOutcomeSaved' })) !== null;
    },
    async clearOutcome(): Promise<boolean> {
      return (await mutate(() => patch({ op: 'outcome-set', outcome: null }), { okKey: 'prepSaved' })) !== null;
    },
    /** The plan as text on the clipboard (its HTML twin is the same text, escaped by the port). */
    async copyPlan(draft: Pick<Draft, 'html' | 'text'>): Promise<void> {
      try {
        await deps.clipboard.writeDraft(draft);
        store.setState({ flash: { tone: 'ok', key: 'copied' } });
      } catch (error) {
        store.setState({ flash: { tone: 'error', key: 'copyFailed', detail: errorText(error) } });
      }
    },
  };
}
