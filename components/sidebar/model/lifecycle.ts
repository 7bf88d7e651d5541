/** Start, retry and stop: settings and templates, the first read of the page, and the store's change notices. */
import type { StoreChanged } from '../../../storage/protocol';
import type { ConversationContext } from '../../../webmail/types';
import { resolveUiLang } from '../../../common/i18n';
import { userErrorText } from '../../../common/user-errors';
import type { Session } from './session';

interface Collaborators {
  readPage(): Promise<void>;
  onContextChanged(context: ConversationContext): void;
  loadClients(): Promise<void>;
}

export function lifecycle({ deps, store, fail, loadRecord }: Session, { readPage, onContextChanged, loadClients }: Collaborators) {
  const set = store.setState;
  const stops: Array<() => void> = [];

  async function loadSettings(): Promise<void> {
    const [settings, storedTemplates] = await Promise.all([
      deps.store.call('settings.get', {}),
      deps.store.call('templates.list', {}),
      // The built-in library comes from the background (components/sidebar/adapters.ts).
      deps.templates.ready?.(),
    ]);
    set({ settings, storedTemplates, uiLang: resolveUiLang(settings.uiLanguage, deps.languages) });
  }

  async function load(): Promise<void> {
    try {
      await loadSettings();
      set({ phase: 'ready', errorDetail: undefined });
    } catch (error) {
      set({ phase: 'error', errorDetail: userErrorText(error, store.getState().uiLang) });
      return;
    }
    await readPage();
    await loadRecord(false);
  }

  function onStoreChanged(change: StoreChanged): void {
    const state = store.getState();
    if (state.phase !== 'ready') return;
    if (change.tables.includes('settings') || change.tables.includes('templates')) {
      loadSettings().catch(fail);
    }
    if (change.tables.some((t) => t === 'clients' || t === 'offboardings' || t === 'events')) {
      if (state.clients !== null) void loadClients();
      void loadRecord(true);
    }
  }

  return {
    /** Starts listening and loads everything; resolves when the first load is done. */
    async start(): Promise<void> {
      stops.push(deps.store.onChanged(onStoreChanged));
      stops.push(deps.page.onContextChanged(onContextChanged));
      await load();
    },
    dispose(): void {
      for (const stop of stops.splice(0)) stop();
      store.clear();
    },
    async retry(): Promise<void> {
      set({ phase: store.getState().settings ? 'ready' : 'starting', errorDetail: undefined, flash: null });
      await load();
    },
  };
}
