/** Which tables each store operation may change; reads are absent. Drives the change notifications. */
import type { StoreChanged, StoreOperation } from './protocol';

export const STORE_MUTATIONS: Partial<Record<StoreOperation, StoreChanged['tables']>> = {
  'clients.update': ['clients'],
  'clients.delete': ['clients', 'offboardings', 'events'],
  'offboarding.start': ['clients', 'offboardings', 'events'],
  'offboarding.patch': ['offboardings', 'events'],
  'events.append': ['events'],
  'templates.put': ['templates'],
  'templates.delete': ['templates'],
  'settings.put': ['settings'],
  'data.import': ['clients', 'offboardings', 'events', 'templates', 'settings'],
  'data.importCommit': ['clients', 'offboardings', 'events', 'templates', 'settings'],
  // No table changes, but the badge (the backup reminder) is recomputed after every announced change.
  'data.backupDone': [],
  'backup.autoConfigure': [],
  'data.deleteAll': ['clients', 'offboardings', 'events', 'templates', 'settings'],
};
