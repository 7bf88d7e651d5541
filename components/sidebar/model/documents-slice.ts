/**
 * Documents: saving the values typed in a document's form to the client and the profile, and
 * logging a downloaded or printed document in the client's timeline.
 */
import type { Lang } from '../../../offboarding/types';
import type { DocumentKind } from '../../../documents/model';
import { factLabel, type FactPath } from '../../../documents/labels';
import { documentValueChanges } from '../document-values';
import type { Session } from './session';

export function documentsSlice({ deps, store, mutate, fail }: Session) {
  const set = store.setState;
  return {
    /** Saves what belongs to the record; says which values could not be read (and are not saved). */
    async saveDocumentValues(typed: Record<string, string>, anchor: string): Promise<boolean> {
      const { record, settings, uiLang } = store.getState();
      if (!record) return false;
      const changes = documentValueChanges(record.client, typed);
      let saved = false;
      if (settings && Object.keys(changes.profile).length > 0) {
        const profile = { ...settings.profile, ...changes.profile };
        saved = (await mutate(() => deps.store.call('settings.put', { settings: { ...settings, profile } }), { okKey: 'documentValuesSaved', anchor, after: (next) => ({ settings: next }) })) !== null;
      }
      if (Object.keys(changes.client).length > 0) {
        saved = (await mutate(() => deps.store.call('clients.update', { id: record.client.id, changes: changes.client }), { okKey: 'documentValuesSaved', anchor })) !== null || saved;
      }
      if (changes.invalid.length > 0) {
        const field = changes.invalid.map((path) => factLabel(path as FactPath, uiLang)).join(', ');
        set({ flash: { tone: 'error', key: 'documentValuesNotSaved', params: { field }, anchor } });
      }
      return saved;
    },
    /** The document as an event of the client's timeline. */
    async logDocument(kind: DocumentKind, lang: Lang, action: 'download' | 'print'): Promise<void> {
      const record = store.getState().record;
      if (!record) return;
      try {
        await deps.store.call('events.append', {
          clientId: record.client.id,
          ...(record.offboarding ? { offboardingId: record.offboarding.id } : {}),
          type: 'document-produced',
          data: { kind, lang, action },
        });
        const events = await deps.store.call('events.list', { clientId: record.client.id });
        if (store.getState().record?.client.id === record.client.id) set({ events });
      } catch (error) {
        fail(error);
      }
    },
  };
}
