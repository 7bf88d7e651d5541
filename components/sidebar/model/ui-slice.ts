/** What only the view decides: the edit form open or shut, the flash message dismissed. */
import type { Session } from './session';
import type { TemplateKind } from '../../../templates/types';

export function uiSlice({ store }: Session) {
  return {
    setEditing(editing: boolean): void {
      store.setState({ editing });
    },
    dismissFlash(): void {
      store.setState({ flash: null });
    },
    /** Opens a message of this kind first among the suggestions. */
    requestTemplate(kind: TemplateKind): void {
      store.setState({ pickRequest: { kind, seq: (store.getState().pickRequest?.seq ?? 0) + 1 } });
    },
  };
}
