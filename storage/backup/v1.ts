/**
 * Format 1: the whole store as one versioned JSON document, and its checks. Still written by
 * data.export (the popup's JSON download of a small store) and read by every import.
 */
import { describeFirstIssue } from '../../common/validation-issues';
import * as z from 'zod/mini';
import { SETTINGS_KEY, type OffboardDB } from '../db';
import { builtInTemplateProblem } from '../../templates/template-set';
import { clientSchema, defaultSettings, LIMITS, offboardEventSchema, offboardingSchema, settingsSchema, templateSchema } from '../schemas';
import { canonical, EXPORT_FORMAT, EXPORT_VERSION, LEGACY_EXPORT_VERSION, type BackupCounts, type BackupRecord } from './format';
import { ImportError, MAX_IMPORT_BYTES } from './errors';

/** What an import needs to know beyond the file. */
export interface ImportOptions {
  /** Ids of the built-in templates: a backup may not store a template under one of them. */
  builtInTemplateIds?: ReadonlySet<string>;
}

const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(LEGACY_EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  clients: z.array(clientSchema),
  offboardings: z.array(offboardingSchema),
  events: z.array(offboardEventSchema),
  templates: z.array(templateSchema),
  settings: settingsSchema,
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;

// ---------------------------------------------------------------------------------------------
// Export

/**
 * The whole store as JSON. Row keys are written in sorted order so that the same data always gives
 * the same bytes, whatever order the fields were stored in.
 */
export async function exportDocument(db: OffboardDB, exportedAt: string): Promise<string> {
  const { clients, offboardings, timelines, templates, settings } = db;
  const doc = await db.transaction('r', [clients, offboardings, timelines, templates, settings], async () => {
    const [clientRows, offboardingRows, timelineRows, templateRows, stored] = await Promise.all([
      clients.toArray(),
      offboardings.toArray(),
      timelines.toArray(),
      templates.toArray(),
      settings.get(SETTINGS_KEY),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: LEGACY_EXPORT_VERSION,
      exportedAt,
      // The match index is derived data: rebuilt on import, never exported.
      clients: clientRows.map(({ matchKeys: _keys, ...client }) => client),
      offboardings: offboardingRows,
      events: timelineRows.flatMap((row) => row.events),
      templates: templateRows,
      settings: stored ?? defaultSettings(),
    };
  });
  return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
}

/** A copy with every object's keys sorted (top-level document keys keep their documented order). */
function sortKeys(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) out[key] = canonical(value);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Import

/** Parses and checks a backup without touching any database; throws ImportError. */
export function parseExportDocument(json: string, options: ImportOptions = {}): ExportDocument {
  if (typeof json !== 'string') throw new ImportError('not-json');
  const bytes = utf8Length(json);
  if (bytes > MAX_IMPORT_BYTES) throw new ImportError('too-large', { bytes });

  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ImportError('not-json');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError('foreign');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw new ImportError('newer-version', { version });
  }

  const parsed = exportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = describeFirstIssue(parsed.error);
    throw new ImportError('damaged', { path: issue.path, reason: issue.message });
  }
  checkLimits(parsed.data);
  checkConsistency(parsed.data);
  checkTemplates(parsed.data, options.builtInTemplateIds ?? new Set());
  return parsed.data;
}

/** Per-table caps and a per-client cap on events (LIMITS.importRows, LIMITS.eventsPerClient). */
function checkLimits(doc: ExportDocument): void {
  for (const table of ['clients', 'offboardings', 'events', 'templates'] as const) {
    const count = doc[table].length;
    const limit = LIMITS.importRows[table];
    if (count > limit) throw new ImportError('too-many', { table, count, limit });
  }
  const perClient = new Map<string, number>();
  for (const event of doc.events) {
    const count = (perClient.get(event.clientId) ?? 0) + 1;
    perClient.set(event.clientId, count);
    if (count > LIMITS.eventsPerClient) {
      throw new ImportError('too-many', { table: 'events', id: event.clientId, count: doc.events.filter((e) => e.clientId === event.clientId).length, limit: LIMITS.eventsPerClient });
    }
  }
}

function checkTemplates(doc: ExportDocument, builtInIds: ReadonlySet<string>): void {
  doc.templates.forEach((template, index) => {
    if (builtInTemplateProblem(template, builtInIds)) {
      throw new ImportError('built-in-template', { path: `templates[${index}]`, id: template.id });
    }
  });
}

/** Every reference points at a row of the document, and no id is used twice. */
function checkConsistency(doc: ExportDocument): void {
  const clientIds = uniqueIds(doc.clients, 'clients');
  const offboardingClient = new Map<string, string>();
  uniqueIds(doc.offboardings, 'offboardings');
  uniqueIds(doc.events, 'events');
  uniqueIds(doc.templates, 'templates');

  doc.offboardings.forEach((ob, index) => {
    if (!clientIds.has(ob.clientId)) {
      throw new ImportError('inconsistent', { path: `offboardings[${index}].clientId`, problem: 'missing-client', id: ob.clientId });
    }
    offboardingClient.set(ob.id, ob.clientId);
  });
  doc.events.forEach((event, index) => {
    if (!clientIds.has(event.clientId)) {
      throw new ImportError('inconsistent', { path: `events[${index}].clientId`, problem: 'missing-client', id: event.clientId });
    }
    if (event.offboardingId !== undefined) {
      const owner = offboardingClient.get(event.offboardingId);
      if (owner === undefined) {
        throw new ImportError('inconsistent', {
          path: `events[${index}].offboardingId`,
          problem: 'missing-offboarding',
          id: event.offboardingId,
        });
      }
      if (owner !== event.clientId) {
        throw new ImportError('inconsistent', { path: `events[${index}].offboardingId`, problem: 'other-client', id: event.offboardingId });
      }
    }
  });
}

function uniqueIds(rows: Array<{ id: string }>, table: string): Set<string> {
  const ids = new Set<string>();
  rows.forEach((row, index) => {
    if (ids.has(row.id)) throw new ImportError('inconsistent', { path: `${table}[${index}].id`, problem: 'duplicate-id', id: row.id });
    ids.add(row.id);
  });
  return ids;
}

/** UTF-8 size without allocating a copy of a string that may be tens of megabytes. */
function utf8Length(text: string): number {
  if (text.length > MAX_IMPORT_BYTES) return text.length; // at least one byte per code unit: already too large
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}


/** A checked format-1 document as the records a format-2 file holds, in the same order. */
export function* legacyRecords(doc: ExportDocument): Generator<BackupRecord> {
  for (const record of doc.clients) yield { kind: 'client', record };
  for (const record of doc.offboardings) yield { kind: 'offboarding', record };
  for (const record of doc.events) yield { kind: 'event', record };
  for (const record of doc.templates) yield { kind: 'template', record };
  yield { kind: 'settings', record: doc.settings };
}

export function legacyCounts(doc: ExportDocument): BackupCounts {
  return { clients: doc.clients.length, offboardings: doc.offboardings.length, events: doc.events.length, templates: doc.templates.length };
}
