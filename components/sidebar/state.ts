/**
 * The sidebar's data: settings, the open conversation, the client it belongs to and its events,
 * loaded through the injected ports and kept in one plain state object. No Preact in here, so the
 * whole flow runs in tests with fake ports.
 */
import type {
  ChecklistKey,
  Client,
  Lang,
  NoticeChannel,
  OffboardEvent,
  Offboarding,
  Settings,
  SettlementItem,
} from '../../offboarding/types';
import type { ClientChanges, ClientWithOffboarding, OffboardingPatch, StoreChanged } from '../../storage/protocol';
import type { ConversationContext, Draft } from '../../webmail/types';
import type { Suggestion, Template, TemplateKind } from '../../templates/types';
import { resolveUiLang } from '../i18n';
import { isClosed } from '../../offboarding/checklist';
import type { SidebarDeps } from './ports';
import type { SidebarMessageKey } from './messages';
import { conversationStatus, otherPartyEmails, senderEmails, startInputFromContext } from './conversation';
import type { ConversationStatus } from './conversation';
import { clientChangesFromOverrides, clientNoticeFromOverrides, insertOrCopy, sentKindsFrom, withTimeout } from './drafts';
import { clientTerminationMessage } from '../../templates/thread-facts';
import { stepCompletedBy } from '../../templates/kinds';
import { mergeTemplates } from '../../templates/template-set';

export interface Flash {
  tone: 'ok' | 'warn' | 'error';
  key: SidebarMessageKey;
  params?: Record<string, string | number>;
  /** Technical detail for an error, shown small under the message. */
  detail?: string;
}

export interface SidebarState {
  /** 'starting' until settings are known: the view renders nothing, so no wrong-language flash. */
  phase: 'starting' | 'ready' | 'error';
  errorDetail?: string;
  settings: Settings | null;
  uiLang: Lang;
  tabId: number | null;
  /** False when the content script could not be reached. */
  pageReachable: boolean;
  context: ConversationContext | null;
  conversation: ConversationStatus;
  record: ClientWithOffboarding | null;
  /** True while the first look-up for this conversation runs (reloads keep the old record). */
  loadingRecord: boolean;
  events: OffboardEvent[];
  storedTemplates: Template[];
  /** Client picked by hand or just created; wins over matching until the conversation changes. */
  pinnedClientId: string | null;
  /** The edit form is open (right after starting, or on request). */
  editing: boolean;
  /** All clients, loaded when the manual picker opens. */
  clients: Client[] | null;
  busy: boolean;
  flash: Flash | null;
  /** After an insertion: the checklist step the message belongs to, offered for ticking. */
  offer: { kind: TemplateKind; key: ChecklistKey } | null;
}

export interface NoticeInput {
  servedOn: string;
  channel: NoticeChannel;
  acknowledgementRequested: boolean;
  deliveredOn?: string;
  expectedDeliveryOn?: string;
}

export interface NoticeDeliveryInput {
  deliveredOn?: string;
  expectedDeliveryOn?: string;
}

const DEFAULT_PAGE_TIMEOUT_MS = 4000;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function initialState(languages: readonly string[]): SidebarState {
  return {
    phase: 'starting',
    settings: null,
    uiLang: resolveUiLang('auto', languages),
    tabId: null,
    pageReachable: true,
    context: null,
    conversation: 'none',
    record: null,
    loadingRecord: false,
    events: [],
    storedTemplates: [],
    pinnedClientId: null,
    editing: false,
    clients: null,
    busy: false,
    flash: null,
    offer: null,
  };
}

/**
 * When the page could not be read there is still a client (picked by hand) to suggest for: an
 * empty conversation stands in, so only the checklist and deadlines drive the ranking.
 */
function emptyContext(): ConversationContext {
  return {
    provider: 'gmail',
    participants: [],
    messages: [],
    language: 'other',
    compose: { open: false },
    url: '',
    missing: ['threadId', 'subject', 'participants', 'messages', 'userEmail', 'senderEmail', 'compose'],
  };
}

/** The suggestions for the current state, ranked by the template engine. */
export function suggestionsFor(state: SidebarState, deps: Pick<SidebarDeps, 'templates' | 'today'>): Suggestion[] {
  if (!state.settings) return [];
  const offboarding = state.record?.offboarding ?? null;
  return deps.templates.suggest({
    context: state.context ?? emptyContext(),
    client: state.record?.client ?? null,
    offboarding,
    templates: mergeTemplates(deps.templates.builtInTemplates(), state.storedTemplates),
    today: deps.today(),
    sentKinds: sentKindsFrom(state.events, offboarding?.id),
    settings: state.settings,
  });
}

export type SidebarModel = ReturnType<typeof createSidebarModel>;

export function createSidebarModel(deps: SidebarDeps) {
  let state = initialState(deps.languages);
  const listeners = new Set<(s: SidebarState) => void>();
  const stops: Array<() => void> = [];
  // Each record load gets a number; an answer that arrives after a newer request is dropped.
  let recordSeq = 0;
  const timeoutMs = deps.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;

  function set(changes: Partial<SidebarState>): void {
    state = { ...state, ...changes };
    if (changes.context !== undefined || changes.pageReachable !== undefined) {
      state.conversation = state.pageReachable ? conversationStatus(state.context) : 'unreadable';
    }
    for (const listener of listeners) listener(state);
  }

  async function loadSettings(): Promise<void> {
    const [settings, storedTemplates] = await Promise.all([
      deps.store.call('settings.get', {}),
      deps.store.call('templates.list', {}),
    ]);
    set({ settings, storedTemplates, uiLang: resolveUiLang(settings.uiLanguage, deps.languages) });
  }

  async function loadRecord(quiet: boolean): Promise<void> {
    const seq = ++recordSeq;
    if (!quiet) set({ loadingRecord: true });
    try {
      let record: ClientWithOffboarding | null = null;
      if (state.pinnedClientId) {
        record = await deps.store.call('clients.get', { id: state.pinnedClientId });
      } else if (state.context && state.conversation === 'readable') {
        // The thread's senders first: anyone can CC a real client to borrow its record.
        const senders = senderEmails(state.context);
        if (senders.length > 0) record = await deps.store.call('clients.match', { emails: senders });
        const everyone = otherPartyEmails(state.context);
        if (!record && everyone.length > senders.length) record = await deps.store.call('clients.match', { emails: everyone });
      }
      const events = record ? await deps.store.call('events.list', { clientId: record.client.id }) : [];
      if (seq !== recordSeq) return;
      set({ record, events, loadingRecord: false });
    } catch (error) {
      if (seq !== recordSeq) return;
      // A failed background refresh keeps what is shown; a failed first load has nothing to show.
      if (quiet) set({ loadingRecord: false, flash: { tone: 'error', key: 'errorGeneric', detail: errorText(error) } });
      else set({ loadingRecord: false, phase: 'error', errorDetail: errorText(error) });
    }
  }

  /** A new context from the page; a different thread drops everything tied to the old one. */
  function applyContext(context: ConversationContext | null, reachable: boolean): void {
    const sameThread = !!context?.threadId && context.threadId === state.context?.threadId;
    const changes: Partial<SidebarState> = { context, pageReachable: reachable };
    if (!sameThread) {
      Object.assign(changes, { pinnedClientId: null, editing: false, offer: null, flash: null, record: null, events: [] });
    }
    set(changes);
  }

  async function readPage(): Promise<void> {
    try {
      if (state.tabId === null) set({ tabId: await withTimeout(deps.page.whoami(), timeoutMs) });
      const context = await withTimeout(deps.page.getContext(state.tabId as number), timeoutMs);
      applyContext(context, true);
    } catch {
      // Not answering is the same as unreadable for the user: the manual picker still works.
      applyContext(null, false);
    }
  }

  async function load(): Promise<void> {
    try {
      await loadSettings();
      set({ phase: 'ready', errorDetail: undefined });
    } catch (error) {
      set({ phase: 'error', errorDetail: errorText(error) });
      return;
    }
    await readPage();
    await loadRecord(false);
  }

  function onStoreChanged(change: StoreChanged): void {
    if (state.phase !== 'ready') return;
    if (change.tables.includes('settings') || change.tables.includes('templates')) {
      loadSettings().catch((error: unknown) => set({ flash: { tone: 'error', key: 'errorGeneric', detail: errorText(error) } }));
    }
    if (change.tables.some((t) => t === 'clients' || t === 'offboardings' || t === 'events')) {
      if (state.clients !== null) void loadClients();
      void loadRecord(true);
    }
  }

  function onContextChanged(context: ConversationContext, senderTabId: number | undefined): void {
    // Only our own tab's content script speaks for this sidebar.
    if (state.tabId === null || senderTabId !== state.tabId) return;
    const threadChanged = context.threadId !== state.context?.threadId;
    applyContext(context, true);
    if (state.phase === 'ready') void loadRecord(!threadChanged);
  }

  /** Runs a store change; a failure becomes a message and the data is reloaded either way. */
  async function mutate<T>(
    action: () => Promise<T>,
    options: { okKey?: SidebarMessageKey; after?: (result: T) => Partial<SidebarState> } = {},
  ): Promise<T | null> {
    set({ busy: true });
    try {
      const result = await action();
      // Applied before the reload below, so the reload already sees e.g. the pinned client.
      set({
        busy: false,
        ...(options.okKey ? { flash: { tone: 'ok' as const, key: options.okKey } } : {}),
        ...(options.after ? options.after(result) : {}),
      });
      return result;
    } catch (error) {
      set({ busy: false, flash: { tone: 'error', key: 'errorGeneric', detail: errorText(error) } });
      return null;
    } finally {
      void loadRecord(true);
    }
  }

  function requireOffboarding(): Offboarding {
    const offboarding = state.record?.offboarding;
    if (!offboarding) throw new Error('No offboarding for this client');
    return offboarding;
  }

  async function patch(p: OffboardingPatch): Promise<Offboarding> {
    return deps.store.call('offboarding.patch', { id: requireOffboarding().id, patch: p });
  }

  async function loadClients(): Promise<void> {
    try {
      set({ clients: await deps.store.call('clients.list', {}) });
    } catch (error) {
      set({ flash: { tone: 'error', key: 'errorGeneric', detail: errorText(error) } });
    }
  }

  return {
    getState: (): SidebarState => state,
    subscribe(listener: (s: SidebarState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Starts listening and loads everything; resolves when the first load is done. */
    async start(): Promise<void> {
      stops.push(deps.store.onChanged(onStoreChanged));
      stops.push(deps.page.onContextChanged(onContextChanged));
      await load();
    },
    dispose(): void {
      for (const stop of stops.splice(0)) stop();
      listeners.clear();
    },
    async retry(): Promise<void> {
      set({ phase: state.settings ? 'ready' : 'starting', errorDetail: undefined, flash: null });
      await load();
    },

    loadClients,
    async pickClient(clientId: string): Promise<void> {
      set({ pinnedClientId: clientId, editing: false, offer: null });
      await loadRecord(false);
    },
    async unpinClient(): Promise<void> {
      set({ pinnedClientId: null, record: null, events: [] });
      await loadRecord(false);
    },

    /** Creates client and offboarding from the open conversation, then opens the edit form. */
    async startOffboarding(): Promise<ClientWithOffboarding | null> {
      const { context, settings } = state;
      if (!context || !settings) return null;
      return mutate(() => deps.store.call('offboarding.start', startInputFromContext(context, settings)), {
        after: (result) => ({ record: result, pinnedClientId: result.client.id, editing: true }),
      });
    },
    /** Starts an offboarding for a client that has none yet (picked by hand or matched). */
    async startForClient(client: Client): Promise<ClientWithOffboarding | null> {
      const { context, settings } = state;
      if (!settings) return null;
      return mutate(() => deps.store.call('offboarding.start', {
        name: client.name,
        ...(client.company ? { company: client.company } : {}),
        language: client.language,
        initiator: 'we',
        reason: 'other',
        clientId: client.id,
        ...(context?.threadId
          ? { thread: { provider: context.provider, threadId: context.threadId, url: context.url, ...(context.subject ? { subject: context.subject } : {}) } }
          : {}),
      }), { after: (started) => ({ record: started, pinnedClientId: started.client.id, editing: true }) });
    },
    setEditing(editing: boolean): void {
      set({ editing });
    },
    async saveClient(changes: ClientChanges, offboardingChanges?: Extract<OffboardingPatch, { op: 'set' }>['changes']): Promise<boolean> {
      const client = state.record?.client;
      if (!client) return false;
      const done = await mutate(async () => {
        await deps.store.call('clients.update', { id: client.id, changes });
        if (offboardingChanges && state.record?.offboarding) await patch({ op: 'set', changes: offboardingChanges });
        return true;
      }, { okKey: 'savedClient', after: () => ({ editing: false }) });
      return done === true;
    },

    async setChecklist(key: ChecklistKey, done: boolean): Promise<void> {
      await mutate(() => patch({ op: 'checklist', key, done }));
    },
    async serveNotice(input: NoticeInput): Promise<void> {
      // Recording the notice ticks the notice step in the same change (offboarding/patch.ts).
      await mutate(() => {
        const offboarding = requireOffboarding();
        return patch({ op: 'serve-notice', notice: { ...input, servedBy: offboarding.initiator === 'client' ? 'client' : 'we' } });
      }, { okKey: 'noticeSaved' });
    },
    /** Records the day the notice reached the client, or moves the expected day. */
    async recordNoticeDelivery(input: NoticeDeliveryInput): Promise<boolean> {
      return (await mutate(() => patch({ op: 'notice-delivery', ...input }), { okKey: 'noticeSaved' })) !== null;
    },
    async addSettlement(item: Omit<SettlementItem, 'id'>): Promise<boolean> {
      return (await mutate(() => patch({ op: 'settlement-add', item }))) !== null;
    },
    async updateSettlement(id: string, changes: Partial<Omit<SettlementItem, 'id'>>): Promise<boolean> {
      return (await mutate(() => patch({ op: 'settlement-update', id, changes }))) !== null;
    },
    async removeSettlement(id: string): Promise<boolean> {
      return (await mutate(() => patch({ op: 'settlement-remove', id }))) !== null;
    },

    /**
     * Inserts into the reply (clipboard when that fails), logs the insertion and offers to tick the
     * checklist step the message belongs to.
     */
    async insertDraft(kind: TemplateKind, lang: Lang, draft: Draft): Promise<void> {
      set({ busy: true, offer: null, flash: null });
      const outcome = await insertOrCopy(deps.page, deps.clipboard, state.tabId, draft, timeoutMs);
      if (outcome.status === 'inserted') {
        const record = state.record;
        const key = stepCompletedBy(kind);
        const offer = key && record?.offboarding && !isClosed(record.offboarding.checklist[key]) ? { kind, key } : null;
        set({ busy: false, flash: { tone: 'ok', key: 'inserted' }, offer });
        if (record) {
          try {
            await deps.store.call('events.append', {
              clientId: record.client.id,
              ...(record.offboarding ? { offboardingId: record.offboarding.id } : {}),
              type: 'draft-inserted',
              data: { kind, lang },
            });
          } catch (error) {
            set({ flash: { tone: 'error', key: 'errorGeneric', detail: errorText(error) } });
          }
        }
      } else if (outcome.status === 'copied') {
        set({ busy: false, flash: { tone: 'warn', key: 'insertFailedCopied', detail: outcome.reason } });
      } else {
        set({ busy: false, flash: { tone: 'error', key: 'insertFailedNoClipboard', detail: outcome.reason } });
      }
    },
    async copyDraft(draft: Pick<Draft, 'html' | 'text'>): Promise<void> {
      try {
        await deps.clipboard.writeDraft(draft);
        set({ flash: { tone: 'ok', key: 'copied' } });
      } catch (error) {
        set({ flash: { tone: 'error', key: 'copyFailed', detail: errorText(error) } });
      }
    },
    async acceptOffer(): Promise<void> {
      const offer = state.offer;
      if (!offer) return;
      set({ offer: null });
      await mutate(() => patch({ op: 'checklist', key: offer.key, done: true }));
    },
    dismissOffer(): void {
      set({ offer: null });
    },
    /** Hides the sidebar's frame (the page's own toggle button brings it back). */
    async closeSidebar(): Promise<void> {
      if (state.tabId === null) return;
      try {
        await withTimeout(deps.page.setSidebarOpen(state.tabId, false), timeoutMs);
      } catch (error) {
        set({ flash: { tone: 'error', key: 'errorGeneric', detail: errorText(error) } });
      }
    },
    dismissFlash(): void {
      set({ flash: null });
    },
    /** Saves the values typed for a draft that belong to the client record. */
    async saveOverridesToClient(overrides: Record<string, string>): Promise<boolean> {
      // The bank account belongs to the user's profile, not to the client.
      const bankAccount = overrides['sender.bankAccount']?.trim();
      const settings = state.settings;
      if (bankAccount && settings && settings.profile.bankAccount !== bankAccount) {
        await mutate(() => deps.store.call('settings.put', { settings: { ...settings, profile: { ...settings.profile, bankAccount } } }), { okKey: 'savedClient' });
      }
      const threadDate = state.context
        ? clientTerminationMessage({ messages: state.context.messages, ...(state.context.userEmail ? { userEmail: state.context.userEmail } : {}) })?.date
        : undefined;
      const notice = clientNoticeFromOverrides(state.record?.offboarding ?? null, overrides, threadDate);
      if (notice) {
        await mutate(() => patch({ op: 'serve-notice', notice: { ...notice, servedBy: 'client' } }), { okKey: 'noticeSaved' });
      }
      const client = state.record?.client;
      if (!client) return false;
      const changes = clientChangesFromOverrides(client, overrides);
      if (Object.keys(changes).length === 0) return false;
      return (await mutate(() => deps.store.call('clients.update', { id: client.id, changes }), { okKey: 'savedClient' })) !== null;
    },
  };
}
