/** The client and its offboarding record: picking, starting, editing. */
import type { Client } from '../../../offboarding/types';
import type { ClientChanges, ClientWithOffboarding } from '../../../storage/protocol';
import type { OffboardingPatch } from '../../../offboarding/patch';
import { startInputFromContext } from '../conversation';
import type { Session } from './session';

export function clientSlice({ deps, store, fail, loadRecord, mutate, patch }: Session) {
  const set = store.setState;

  async function loadClients(): Promise<void> {
    try {
      set({ clients: await deps.store.call('clients.list', {}) });
    } catch (error) {
      fail(error);
    }
  }

  return {
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
      const { context, settings } = store.getState();
      if (!context || !settings) return null;
      return mutate(() => deps.store.call('offboarding.start', startInputFromContext(context, settings)), {
        after: (result) => ({ record: result, pinnedClientId: result.client.id, editing: true }),
      });
    },
    /** Starts an offboarding for a client that has none yet (picked by hand or matched). */
    async startForClient(client: Client): Promise<ClientWithOffboarding | null> {
      const { context, settings } = store.getState();
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
    async saveClient(changes: ClientChanges, offboardingChanges?: Extract<OffboardingPatch, { op: 'set' }>['changes']): Promise<boolean> {
      const client = store.getState().record?.client;
      if (!client) return false;
      const done = await mutate(async () => {
        await deps.store.call('clients.update', { id: client.id, changes });
        if (offboardingChanges && store.getState().record?.offboarding) await patch({ op: 'set', changes: offboardingChanges });
        return true;
      }, { okKey: 'savedClient', after: () => ({ editing: false }) });
      return done === true;
    },
  };
}
