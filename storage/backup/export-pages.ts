/** The background's half of a streamed export: each table a page at a time in key order (the page counts what it writes). */
import type { Table } from 'dexie';
import { SETTINGS_KEY, type OffboardDB } from '../db';
import { defaultSettings } from '../schemas';
import { toClient } from '../client-rows';
import type { BackupTable } from '../protocol';
import type { BackupRecord } from './format';

/** Up to `limit` rows after `after` (timelines: each row's events, whole); `after` of the answer is null at the end. */
export async function exportPage(db: OffboardDB, table: BackupTable, after: string | null, limit: number): Promise<{ records: BackupRecord[]; after: string | null }> {
  const page = async <T, I>(source: Table<T, string, I>, key: (row: T) => string) => {
    const rows = await (after === null ? source.orderBy(':id') : source.where(':id').above(after)).limit(limit).toArray();
    return { rows, after: rows.length < limit ? null : key(rows[rows.length - 1]!) };
  };
  switch (table) {
    case 'settings':
      return { records: [{ kind: 'settings', record: (await db.settings.get(SETTINGS_KEY)) ?? defaultSettings() }], after: null };
    case 'clients': {
      const { rows, after: next } = await page(db.clients, (row) => row.id);
      // The match index is derived data: rebuilt on import, never exported.
      return { records: rows.map((row) => ({ kind: 'client', record: toClient(row) })), after: next };
    }
    case 'offboardings': {
      const { rows, after: next } = await page(db.offboardings, (row) => row.id);
      return { records: rows.map((record) => ({ kind: 'offboarding', record })), after: next };
    }
    case 'timelines': {
      const { rows, after: next } = await page(db.timelines, (row) => row.clientId);
      return { records: rows.flatMap((row) => row.events.map((record) => ({ kind: 'event' as const, record }))), after: next };
    }
    case 'templates': {
      const { rows, after: next } = await page(db.templates, (row) => row.id);
      return { records: rows.map((record) => ({ kind: 'template', record })), after: next };
    }
  }
}
