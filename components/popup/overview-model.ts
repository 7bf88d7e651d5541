/**
 * The popup's data (components/ui/model-store.ts, the pattern the sidebar and options use): the
 * UI language, the overview's first page with its counts, and the full list when the view asks for
 * it (loadFull). Each load gets a number, so an older answer never replaces a newer one.
 */
import type { Lang } from '../../offboarding/types';
import type { OverviewSummary } from '../../storage/protocol';
import type { OverviewRow } from '../../offboarding/overview';
import { browserLang, resolveUiLang } from '../../common/i18n';
import { createModelStore } from '../ui/model-store';
import { PAGE_SIZE } from './overview';
import type { StoreClient } from '../../storage/protocol';
import { codedErrorText } from '../../common/error-text';

export interface LoadedOverview {
  lang: Lang;
  summary: OverviewSummary;
  /** Every row; null until it has arrived (the summary already holds it when it is short). */
  all: OverviewRow[] | null;
  /** Which load this is, so that an older answer never replaces a newer one. */
  load: number;
  /** The profile lacks a name or a grammatical form: the popup asks for it (first run). */
  profileMissing: boolean;
}

export interface PopupState {
  loaded: LoadedOverview | null;
  error: string | null;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel({ store, today, languages }: { store: StoreClient; today: string; languages?: readonly string[] }) {
  const state = createModelStore<PopupState>({ loaded: null, error: null });
  let latest = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    try {
      const [settings, summary] = await Promise.all([
        store.call('settings.get', {}),
        store.call('overview.summary', { today, limit: PAGE_SIZE }),
      ]);
      if (ticket !== latest) return;
      const all = summary.rows.length >= summary.total ? summary.rows : null;
      const profileMissing = settings.profile.name.trim() === '' || settings.profile.senderForm === undefined;
      state.setState({ loaded: { lang: resolveUiLang(settings.uiLanguage, languages), summary, all, load: ticket, profileMissing }, error: null });
    } catch (caught) {
      if (ticket === latest) state.setState({ error: codedErrorText(caught, state.getState().loaded?.lang ?? browserLang(languages)) });
    }
  }

  return {
    getState: state.getState,
    subscribe: state.subscribe,
    /** Loads now and again on every store change; returns a function that stops listening. */
    start(): () => void {
      void load();
      const stop = store.onChanged(() => void load());
      return () => {
        stop();
      };
    },
    /** Asks for the full list of the given load (call it once the first screen is painted). */
    async loadFull(ticket: number): Promise<void> {
      try {
        const all = await store.call('overview.list', { today });
        if (ticket !== latest) return;
        const current = state.getState().loaded;
        if (current && current.load === ticket) state.setState({ loaded: { ...current, all } });
      } catch (caught) {
        if (ticket === latest) state.setState({ error: codedErrorText(caught, state.getState().loaded?.lang ?? browserLang(languages)) });
      }
    },
  };
}
