/**
 * The options page's data (components/ui/model-store.ts, the pattern the sidebar and popup use):
 * the settings, loaded again whenever another page saves them.
 */
import type { Settings } from '../../offboarding/types';
import { createModelStore } from '../ui/model-store';
import type { StoreClient } from '../../storage/protocol';
import { userErrorText } from '../../common/user-errors';
import { browserLang } from '../../common/i18n';

export interface OptionsState {
  settings: Settings | null;
  error: string | null;
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

export function createOptionsModel(store: StoreClient) {
  const state = createModelStore<OptionsState>({ settings: null, error: null });
  let live = true;
  const load = () =>
    store.call('settings.get', {}).then(
      (settings) => live && state.setState({ settings }),
      (caught: unknown) => live && state.setState({ error: userErrorText(caught, browserLang()) }),
    );

  return {
    getState: state.getState,
    subscribe: state.subscribe,
    /** Loads now and whenever the settings change; returns a function that stops listening. */
    start(): () => void {
      live = true;
      void load();
      const stop = store.onChanged((change) => {
        if (change.tables.includes('settings')) void load();
      });
      return () => {
        live = false;
        stop();
      };
    },
    /** The settings this page has just saved. */
    saved(settings: Settings): void {
      state.setState({ settings });
    },
  };
}
