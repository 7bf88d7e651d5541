/**
 * What every slice of the sidebar model shares: the state store, the injected ports, the record
 * load (the current client, its offboarding and events) and `mutate`, which runs a store change,
 * turns a failure into a message and reloads the record either way.
 */
import type { Offboarding } from '../../../offboarding/types';
import type { ClientWithOffboarding } from '../../../storage/protocol';
import type { OffboardingPatch } from '../../../offboarding/patch';
import { createModelStore } from '../../ui/model-store';
import type { ModelStore } from '../../ui/model-store';
import type { SidebarDeps } from '../ports';
import type { SidebarMessageKey } from '../messages';
import { otherPartyEmails, senderEmails } from '../conversation';
import { deriveConversation, initialState } from './types';
import type { SidebarState } from './types';
import { userErrorText } from '../../../common/user-errors';

const DEFAULT_PAGE_TIMEOUT_MS = 4000;

/** How long a confirmation and a warning stay; an error stays until dismissed or a later success. */
export const FLASH_TIMEOUT_MS: Readonly<Record<'ok' | 'warn', number>> = { ok: 6000, warn: 12000 };

export interface Session {
  deps: SidebarDeps;
  store: ModelStore<SidebarState>;
  /** How long the content script may take to answer. */
  timeoutMs: number;
  /** Shows an error as the flash message. */
  fail(error: unknown): void;
  loadRecord(quiet: boolean): Promise<void>;
  mutate<T>(
    action: () => Promise<T>,
    options?: MutateOptions<T>,
  ): Promise<T | null>;
  requireOffboarding(): Offboarding;
  /** A change to the current offboarding. */
  patch(p: OffboardingPatch): Promise<Offboarding>;
}

export interface MutateOptions<T> {
  okKey?: SidebarMessageKey;
  /** Where the confirmation or the error is shown (Flash.anchor). */
  anchor?: string;
  after?: (result: T) => Partial<SidebarState>;
}

export function createSession(deps: SidebarDeps): Session {
  const store = createModelStore(initialState(deps.languages), deriveConversation);
  const set = store.setState;
  // A confirmation times out; a newer message replaces it (the timer checks it is still the same one).
  let timedFlash: SidebarState['flash'] = null;
  store.subscribe((state) => {
    const { flash } = state;
    if (flash === timedFlash || !flash || flash.tone === 'error') return;
    timedFlash = flash;
    setTimeout(() => {
      if (store.getState().flash === flash) set({ flash: null });
    }, FLASH_TIMEOUT_MS[flash.tone]);
  });
  // Each record load gets a number; an answer that arrives after a newer request is dropped.
  let recordSeq = 0;

  const fail = (error: unknown): void => set({ flash: { tone: 'error', key: 'errorGeneric', detail: userErrorText(error, store.getState().uiLang) } });

  async function loadRecord(quiet: boolean): Promise<void> {
    const seq = ++recordSeq;
    if (!quiet) set({ loadingRecord: true });
    try {
      const state = store.getState();
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
      if (quiet) set({ loadingRecord: false, flash: { tone: 'error', key: 'errorGeneric', detail: userErrorText(error, store.getState().uiLang) } });
      else set({ loadingRecord: false, phase: 'error', errorDetail: userErrorText(error, store.getState().uiLang) });
    }
  }

  async function mutate<T>(
    action: () => Promise<T>,
    options: MutateOptions<T> = {},
  ): Promise<T | null> {
    set({ busy: true });
    const anchor = options.anchor !== undefined ? { anchor: options.anchor } : {};
    try {
      const result = await action();
      // A success replaces its own confirmation, and an old error no longer stands.
      const staleError = store.getState().flash?.tone === 'error';
      // Applied before the reload below, so the reload already sees e.g. the pinned client.
      set({
        busy: false,
        ...(options.okKey ? { flash: { tone: 'ok' as const, key: options.okKey, ...anchor } } : staleError ? { flash: null } : {}),
        ...(options.after ? options.after(result) : {}),
      });
      return result;
    } catch (error) {
      set({ busy: false, flash: { tone: 'error', key: 'errorGeneric', detail: userErrorText(error, store.getState().uiLang), ...anchor } });
      return null;
    } finally {
      void loadRecord(true);
    }
  }

  function requireOffboarding(): Offboarding {
    const offboarding = store.getState().record?.offboarding;
    if (!offboarding) throw new Error('No offboarding for this client');
    return offboarding;
  }

  return {
    deps,
    store,
    timeoutMs: deps.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
    fail,
    loadRecord,
    mutate,
    requireOffboarding,
    patch: (p) => deps.store.call('offboarding.patch', { id: requireOffboarding().id, patch: p }),
  };
}
