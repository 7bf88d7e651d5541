/**
 * The IndexedDB database, owned by the background service worker in the extension's own origin.
 * Nothing outside storage/ opens it: extension pages go through the store service (background/store-service.ts).
 */
import { Dexie, type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Client, Offboarding, OffboardEvent, Settings } from '../offboarding/types';
import type { Template } from '../templates/types';
import { matchKeys } from '../offboarding/match-keys';
import { todayIso } from '../offboarding/calendar';
import { rebuildOverviewSummary, summaryTables, type SummaryRow } from './overview-summary';

/** A client row: the client plus the keys it is found by (email:…, domain:…), kept in sync on write. */
export interface StoredClient extends Client {
  matchKeys: string[];
}

/**
 * A client's whole event log in one row, oldest first. One row per client instead of one per event:
 * IndexedDB pays a fixed price per row written, so a backup of 100 000 events imports as 10 000
 * writes, and a timeline is one read by primary key.
 */
export interface TimelineRow {
  clientId: string;
  events: OffboardEvent[];
}

export interface MetaRow {
  key: string;
  value: string | number | boolean | null;
}

/** The settings table holds one row under this outbound key. */
export const SETTINGS_KEY = 'settings';

export interface OffboardDBDeps {
  indexedDB: NonNullable<DexieOptions['indexedDB']>;
  IDBKeyRange: NonNullable<DexieOptions['IDBKeyRange']>;
}

export const DEFAULT_DB_NAME = 'offboard';

/**
 * Every schema version, oldest first. Append a new entry for a change; never edit a released one.
 * Dexie replays the upgrades in order for a database created by any earlier release.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}> = [
  // v1 (first release): clients found through separate address and domain indexes.
  {
    version: 1,
    stores: {
      clients: 'id, *emails, *domains, updatedAt',
      offboardings: 'id, clientId, updatedAt',
      events: 'id, clientId, offboardingId, type',
      templates: 'id, kind',
      settings: '',
      meta: 'key',
    },
  },
  // v2: one multi-entry `matchKeys` index so a conversation's addresses and domains are resolved in a
  // single indexed look-up; `[clientId+at]` gives a client's timeline already in time order.
  {
    version: 2,
    stores: {
      clients: 'id, *matchKeys, updatedAt',
      offboardings: 'id, clientId, updatedAt',
      events: 'id, clientId, offboardingId, [clientId+at], type',
      templates: 'id, kind',
      settings: '',
      meta: 'key',
    },
    upgrade: (tx) =>
      tx
        .table<StoredClient, string>('clients')
        .toCollection()
        .modify((client) => {
          client.matchKeys = tolerantMatchKeys(client);
        }),
  },
  // v3: events move into one timeline row per client (see TimelineRow); indexes nothing reads
  // (updatedAt, the events' own indexes) are dropped, since every index is paid for on each write.
  {
    version: 3,
    stores: {
      clients: 'id, *matchKeys',
      offboardings: 'id, clientId',
      events: null,
      timelines: 'clientId',
      templates: 'id, kind',
      settings: '',
      meta: 'key',
    },
    upgrade: async (tx) => {
      const events = await tx.table<OffboardEvent, string>('events').toArray();
      await tx.table<TimelineRow, string>('timelines').bulkPut(groupTimelines(events));
    },
  },
  // v4 (issue 19): the overview summary, one row per client kept in the write's own transaction, so
  // the popup's first screen reads `limit` rows by sortKey whatever the store's size; and a staging
  // area that a streamed import fills batch by batch before one transaction swaps it in.
  {
    version: 4,
    stores: {
      overview: 'clientId, sortKey, validThrough',
      stagingClients: 'id',
      stagingOffboardings: 'id',
      stagingTimelines: 'clientId',
      stagingTemplates: 'id',
      stagingSettings: '',
    },
    upgrade: (tx) => rebuildOverviewSummary(summaryTables(tx), todayIso(new Date())),
  },
  // v5 (issue 19): each summary row carries the days its pair can have something due
  // (alertFrom/alertUntil, offboarding/deadlines.ts alertWindow); alertUntil is indexed so the
  // daily check reads the rows whose window is not over instead of every client and offboarding.
  {
    version: 5,
    stores: {
      overview: 'clientId, sortKey, validThrough, alertUntil',
    },
    upgrade: (tx) => rebuildOverviewSummary(summaryTables(tx), todayIso(new Date())),
  },
  // v6 (issue 19): an import writes into a fresh database of its own and the store switches to it
  // (storage/live-db.ts), so the staging tables go; an unfinished import's rows went with them.
  {
    version: 6,
    stores: {
      stagingClients: null,
      stagingOffboardings: null,
      stagingTimelines: null,
      stagingTemplates: null,
      stagingSettings: null,
    },
  },
];

/** Events grouped into one timeline row per client, each oldest first (ties keep their order). */
export function groupTimelines(events: readonly OffboardEvent[]): TimelineRow[] {
  const byClient = new Map<string, OffboardEvent[]>();
  for (const event of events) {
    const list = byClient.get(event.clientId);
    if (list) list.push(event);
    else byClient.set(event.clientId, [event]);
  }
  const rows: TimelineRow[] = [];
  for (const [clientId, list] of byClient) {
    rows.push({ clientId, events: list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)) });
  }
  return rows;
}

/**
 * matchKeys for a row written by an older release: an address or domain that today's rules reject
 * is left out of the index instead of failing the upgrade (which would lock the user out of the data).
 */
export function tolerantMatchKeys(client: Pick<Client, 'emails' | 'domains'>): string[] {
  try {
    return matchKeys(client);
  } catch {
    const keys = new Set<string>();
    const single = (emails: string[], domains: string[]) => {
      try {
        for (const key of matchKeys({ emails, domains })) keys.add(key);
      } catch {
        // skipped: not an address or domain
      }
    };
    for (const email of client.emails ?? []) single([email], []);
    for (const domain of client.domains ?? []) single([], [domain]);
    return [...keys];
  }
}

export class OffboardDB extends Dexie {
  clients!: EntityTable<StoredClient, 'id'>;
  offboardings!: EntityTable<Offboarding, 'id'>;
  timelines!: EntityTable<TimelineRow, 'clientId'>;
  templates!: EntityTable<Template, 'id'>;
  /** One row, outbound key SETTINGS_KEY. */
  settings!: Table<Settings, string>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** The overview summary (storage/overview-summary.ts). */
  overview!: EntityTable<SummaryRow, 'clientId'>;

  constructor(
    name: string = DEFAULT_DB_NAME,
    /** Kept so that a fresh database for an import opens on the same IndexedDB (storage/live-db.ts). */
    readonly deps?: OffboardDBDeps,
  ) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/**
 * Asks the browser not to evict the database under storage pressure. Best effort: unavailable in
 * some contexts (and in tests), and the browser may say no.
 */
export async function requestPersistence(
  storage: { persist?: () => Promise<boolean> } | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
