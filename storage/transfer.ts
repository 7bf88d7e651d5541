/**
 * Backup: the whole store as one versioned JSON document, and its import. An import is parsed and
 * validated completely before the database is touched, then applied in one transaction that
 * replaces the content, so a refused or failing import changes nothing.
 */
import { describeFirstIssue } from '../common/validation-issues';
import { z } from 'zod';
import type { Lang } from '../offboarding/types';
import type { ImportResult } from './protocol';
import { groupTimelines, SETTINGS_KEY, type OffboardDB } from './db';
import { matchKeys } from '../offboarding/client';
import { builtInTemplateProblem } from '../templates/template-set';
import {
  clientSchema,
  defaultSettings,
  LIMITS,
  offboardEventSchema,
  offboardingSchema,
  settingsSchema,
  templateSchema,
} from './schemas';

export const EXPORT_FORMAT = 'offboard-export';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = LIMITS.importBytes;

const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  clients: z.array(clientSchema),
  offboardings: z.array(offboardingSchema),
  events: z.array(offboardEventSchema),
  templates: z.array(templateSchema),
  settings: settingsSchema,
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;

export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'damaged'
  | 'inconsistent'
  | 'too-many'
  | 'built-in-template';

/** What went wrong, in parameters a view can word in either language (describeImportError). */
export interface ImportErrorParams {
  /** too-large: the document's size in bytes. */
  bytes?: number;
  /** newer-version: the document's format version. */
  version?: number;
  /** damaged / inconsistent: where, e.g. "offboardings[2].clientId". */
  path?: string;
  /** damaged: the validator's explanation. */
  reason?: string;
  /** inconsistent: what kind of reference is broken, and the id it names. */
  problem?: 'missing-client' | 'missing-offboarding' | 'other-client' | 'duplicate-id';
  id?: string;
  /** too-many: the table (or "events of client <id>"), how many the file has, and the limit. */
  table?: string;
  count?: number;
  limit?: number;
}

/** What an import needs to know beyond the file. */
export interface ImportOptions {
  /** Ids of the built-in templates: a backup may not store a template under one of them. */
  builtInTemplateIds?: ReadonlySet<string>;
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {},
  ) {
    super(describeImportError(code, params, 'en'));
    this.name = 'ImportError';
  }
}

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
      version: EXPORT_VERSION,
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

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = canonical(child);
    }
    return out;
  }
  return value;
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

/** Replaces the whole store with the backup, or throws ImportError and changes nothing. */
export async function importDocument(db: OffboardDB, json: string, options: ImportOptions = {}): Promise<ImportResult> {
  const doc = parseExportDocument(json, options);
  const storedClients = doc.clients.map((client) => ({ ...client, matchKeys: matchKeys(client) }));
  const storedTimelines = groupTimelines(doc.events);
  const { clients, offboardings, timelines, templates, settings } = db;
  await db.transaction('rw', [clients, offboardings, timelines, templates, settings], async () => {
    await Promise.all([clients.clear(), offboardings.clear(), timelines.clear(), templates.clear(), settings.clear()]);
    // Issued together, without awaiting each table: one transaction, no idle round trips between.
    await Promise.all([
      clients.bulkAdd(storedClients),
      offboardings.bulkAdd(doc.offboardings),
      timelines.bulkAdd(storedTimelines),
      templates.bulkAdd(doc.templates),
      settings.put(doc.settings, SETTINGS_KEY),
    ]);
  });
  return {
    clients: doc.clients.length,
    offboardings: doc.offboardings.length,
    events: doc.events.length,
    templates: doc.templates.length,
  };
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

// ---------------------------------------------------------------------------------------------
// Wording

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** The refusal in the user's language. */
export function describeImportError(code: ImportErrorCode, params: ImportErrorParams, lang: Lang): string {
  const pl = lang === 'pl';
  switch (code) {
    case 'too-large':
      return pl
        ? `Plik jest za duży (${megabytes(params.bytes ?? 0)} MB). Kopia danych może mieć najwyżej ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`
        : `The file is too large (${megabytes(params.bytes ?? 0)} MB). A backup can be at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`;
    case 'not-json':
      return pl
        ? 'Plik nie jest poprawnym dokumentem JSON: może być ucięty albo uszkodzony. Nic nie zostało zmienione.'
        : 'The file is not valid JSON: it may be truncated or damaged. Nothing was changed.';
    case 'foreign':
      return pl
        ? 'To nie jest kopia danych Offboard (brak oznaczenia "offboard-export"). Nic nie zostało zmienione.'
        : 'This is not an Offboard backup (it lacks the "offboard-export" marker). Nothing was changed.';
    case 'newer-version':
      return pl
        ? `Ta kopia pochodzi z nowszej wersji Offboard (format ${params.version ?? '?'}). Zaktualizuj rozszerzenie, aby ją wczytać. Nic nie zostało zmienione.`
        : `This backup comes from a newer version of Offboard (format ${params.version ?? '?'}). Update the extension to import it. Nothing was changed.`;
    case 'damaged':
      return pl
        ? `Plik jest uszkodzony: nieprawidłowa wartość w ${params.path ?? '?'} (${params.reason ?? ''}). Nic nie zostało zmienione.`
        : `The file is damaged: invalid value at ${params.path ?? '?'} (${params.reason ?? ''}). Nothing was changed.`;
    case 'inconsistent':
      return pl ? `Dane w pliku są niespójne: ${inconsistencyPl(params)}. Nic nie zostało zmienione.` : `The file is inconsistent: ${inconsistencyEn(params)}. Nothing was changed.`;
    case 'too-many':
      if (params.id !== undefined) {
        return pl
          ? `Plik ma ${params.count ?? '?'} zdarzeń klienta „${params.id}”; na jednego klienta można wczytać najwyżej ${params.limit ?? '?'}. Nic nie zostało zmienione.`
          : `The file has ${params.count ?? '?'} events for client "${params.id}"; at most ${params.limit ?? '?'} per client can be imported. Nothing was changed.`;
      }
      return pl
        ? `Plik ma za dużo wierszy w „${params.table ?? '?'}”: ${params.count ?? '?'}, a można wczytać najwyżej ${params.limit ?? '?'}. Nic nie zostało zmienione.`
        : `The file has too many rows in "${params.table ?? '?'}": ${params.count ?? '?'}, at most ${params.limit ?? '?'} can be imported. Nothing was changed.`;
    case 'built-in-template':
      return pl
        ? `Plik zawiera szablon ${params.path ?? '?'} („${params.id ?? '?'}”) podający się za wbudowany. Kopia danych może zawierać tylko własne szablony. Nic nie zostało zmienione.`
        : `The file has a template at ${params.path ?? '?'} ("${params.id ?? '?'}") posing as a built-in one. A backup can hold only your own templates. Nothing was changed.`;
  }
}

function inconsistencyEn({ path = '?', problem, id = '?' }: ImportErrorParams): string {
  switch (problem) {
    case 'missing-client':
      return `${path} refers to client "${id}", which is not in the file`;
    case 'missing-offboarding':
      return `${path} refers to offboarding "${id}", which is not in the file`;
    case 'other-client':
      return `${path} refers to offboarding "${id}" of a different client`;
    case 'duplicate-id':
      return `${path} repeats the id "${id}"`;
    default:
      return path;
  }
}

function inconsistencyPl({ path = '?', problem, id = '?' }: ImportErrorParams): string {
  switch (problem) {
    case 'missing-client':
      return `${path} wskazuje klienta „${id}”, którego nie ma w pliku`;
    case 'missing-offboarding':
      return `${path} wskazuje zakończenie współpracy „${id}”, którego nie ma w pliku`;
    case 'other-client':
      return `${path} wskazuje zakończenie współpracy „${id}” należące do innego klienta`;
    case 'duplicate-id':
      return `${path} powtarza identyfikator „${id}”`;
    default:
      return path;
  }
}
