/** What only the view decides: the edit form open or shut, the flash message dismissed. */
import type { Session } from './session';

export function uiSlice({ store }: Session) {
  return {
    setEditing(editing: boolean): void {
      store.setState({ editing });
    },
    dismissFlash(): void {
      store.setState({ flash: null });
    },
  };
}
