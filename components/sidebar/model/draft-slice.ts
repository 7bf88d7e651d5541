/**
 * Drafts: inserting into the reply (the clipboard when that fails) with the step it completes
 * offered for ticking, copying, and saving typed values to the record.
 */
import type { Lang } from '../../../offboarding/types';
import { isClosed } from '../../../offboarding/checklist';
import type { Draft } from '../../../webmail/types';
import type { TemplateKind } from '../../../templates/types';
import { stepCompletedBy } from '../../../templates/kinds';
import { clientTerminationMessage } from '../../../templates/thread-facts';
import { clientChangesFromOverrides, clientNoticeFromOverrides, insertOrCopy, invalidClientDates, threadOf } from '../drafts';
import { draftDeliveries, draftFingerprint } from '../../../templates/sent-match';
import type { Session } from './session';

export function draftSlice({ deps, store, timeoutMs, fail, mutate, patch }: Session) {
  const set = store.setState;
  // Insertions seen sent in the open thread are logged once (draft-sent), so that they stay sent
  // in the client's other threads and after the message scrolls out of view.
  const logging = new Set<string>();
  let seen: { events: unknown; context: unknown } = { events: null, context: null };
  store.subscribe((state) => {
    if (state.events === seen.events && state.context === seen.context) return;
    seen = { events: state.events, context: state.context };
    const record = state.record;
    if (!record) return;
    for (const delivery of draftDeliveries(state.events, record.offboarding?.id, threadOf(state.context))) {
      if (!delivery.newlySeen || logging.has(delivery.fingerprint)) continue;
      logging.add(delivery.fingerprint);
      deps.store
        .call('events.append', {
          clientId: record.client.id,
          ...(record.offboarding ? { offboardingId: record.offboarding.id } : {}),
          type: 'draft-sent',
          data: { kind: delivery.kind, lang: delivery.lang, fingerprint: delivery.fingerprint },
        })
        .catch(() => logging.delete(delivery.fingerprint));
    }
  });
  return {
    /**
     * Inserts into the reply (clipboard when that fails), logs the insertion and offers to tick the
     * checklist step the message completes.
     */
    async insertDraft(kind: TemplateKind, lang: Lang, draft: Draft, anchor?: string): Promise<void> {
      set({ busy: true, offer: null, flash: null });
      const at = anchor !== undefined ? { anchor } : {};
      const outcome = await insertOrCopy(deps.page, deps.clipboard, store.getState().tabId, draft, timeoutMs);
      if (outcome.status === 'inserted') {
        const record = store.getState().record;
        const key = stepCompletedBy(kind);
        const offer = key && record?.offboarding && !isClosed(record.offboarding.checklist[key]) ? { kind, key, ...at } : null;
        set({ busy: false, flash: { tone: 'ok', key: 'inserted', ...at }, offer });
        if (record) {
          try {
            await deps.store.call('events.append', {
              clientId: record.client.id,
              ...(record.offboarding ? { offboardingId: record.offboarding.id } : {}),
              type: 'draft-inserted',
              // The opening it can be recognised by once sent (templates/sent-match.ts).
              data: { kind, lang, fingerprint: draftFingerprint(draft.text) },
            });
          } catch (error) {
            fail(error);
          }
        }
      } else if (outcome.status === 'copied') {
        set({ busy: false, flash: { tone: 'warn', key: 'insertFailedCopied', detail: outcome.reason, ...at } });
      } else {
        // The reason is a developer's code (no-editor, timeout…); the message says what to do.
        set({ busy: false, flash: { tone: 'error', key: 'insertFailedNoClipboard', ...at } });
      }
    },
    async copyDraft(draft: Pick<Draft, 'html' | 'text'>, anchor?: string): Promise<void> {
      const at = anchor !== undefined ? { anchor } : {};
      try {
        await deps.clipboard.writeDraft(draft);
        set({ flash: { tone: 'ok', key: 'copied', ...at } });
      } catch {
        set({ flash: { tone: 'error', key: 'copyFailed', ...at } });
      }
    },
    /** Saves the values typed for a draft that belong to the client record. */
    async saveOverridesToClient(overrides: Record<string, string>, anchor?: string): Promise<boolean> {
      const at = anchor !== undefined ? { anchor } : {};
      // The bank account belongs to the user's profile, not to the client.
      const bankAccount = overrides['sender.bankAccount']?.trim();
      const settings = store.getState().settings;
      if (bankAccount && settings && settings.profile.bankAccount !== bankAccount) {
        await mutate(() => deps.store.call('settings.put', { settings: { ...settings, profile: { ...settings.profile, bankAccount } } }), { okKey: 'savedClient', ...at });
      }
      const { context } = store.getState();
      const threadDate = context
        ? clientTerminationMessage({ messages: context.messages, ...(context.userEmail ? { userEmail: context.userEmail } : {}) })?.date
        : undefined;
      const notice = clientNoticeFromOverrides(store.getState().record?.offboarding ?? null, overrides, threadDate);
      if (notice) {
        // Recording the notice ticks the notice step in the same change (offboarding/patch.ts).
        await mutate(() => patch({ op: 'serve-notice', notice: { ...notice, servedBy: 'client' } }), { okKey: 'noticeSaved', ...at });
      }
      const client = store.getState().record?.client;
      if (!client) return false;
      const badDates = invalidClientDates(overrides);
      if (badDates.length > 0) {
        const field = badDates.map((path) => deps.templates.variableLabel(path, store.getState().uiLang)).join(', ');
        set({ flash: { tone: 'error', key: 'badDateNotSaved', params: { field }, ...at } });
      }
      const changes = clientChangesFromOverrides(client, overrides);
      if (Object.keys(changes).length === 0) return false;
      return (await mutate(() => deps.store.call('clients.update', { id: client.id, changes }), { okKey: 'savedClient', ...at })) !== null;
    },
  };
}
