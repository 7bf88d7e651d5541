/**
 * Backup and restore: the formats (backup/format.ts), format 1's single document (backup/v1.ts),
 * format 2's lines (backup/lines.ts), the background's import into a fresh database and export pages, the page's
 * streaming halves (backup/stream.ts) and the refusals (backup/errors.ts). This module keeps the
 * whole-text import that data.import offers (a small backup of either format in one message).
 */
import type { ImportResult } from './protocol';
import { ImportError } from './backup/errors';
import { BackupLineChecker, splitLines } from './backup/lines';
import { legacyCounts, legacyRecords, parseExportDocument, type ImportOptions } from './backup/v1';
import { BACKUP_BATCH } from './schemas';
import { canonicalJson, type BackupCounts, type BackupRecord } from './backup/format';
import { parseBackupLines } from './backup/records';

export { EXPORT_FORMAT, EXPORT_VERSION, LEGACY_EXPORT_VERSION } from './backup/format';
export { describeImportError, ImportError, IMPORT_ERROR_CODES, MAX_IMPORT_BYTES } from './backup/errors';
export type { ImportErrorCode, ImportErrorParams } from './backup/errors';
export { exportDocument, parseExportDocument } from './backup/v1';
export type { ExportDocument, ImportOptions } from './backup/v1';

/** The store's import session, as the streamed import uses it (repo.ts: data.importBegin, …Batch, …Commit, …Abort). */
export interface Importer {
  begin(): Promise<string>;
  batch(session: string, records: readonly BackupRecord[], firstLine: number | undefined): Promise<unknown>;
  commit(session: string, counts: BackupCounts): Promise<ImportResult>;
  abort(session: string): Promise<unknown>;
}

/** Replaces the whole store with a backup given as one text, or throws ImportError and changes nothing. */
export async function importDocument(importer: Importer, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (typeof text !== 'string') throw new ImportError('not-json');
  const builtInTemplateIds = options.builtInTemplateIds ?? new Set<string>();
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  let format2 = false;
  try {
    const head = JSON.parse(firstLine) as { version?: unknown } | null;
    format2 = head !== null && typeof head === 'object' && typeof head.version === 'number' && head.version >= 2 && text.includes('\n');
  } catch {
    // indented format 1
  }
  // Record lines and their file lines; format 1's records are written as lines too, so both take one path.
  let records: Array<[string, number | undefined]> = [];
  let counts: BackupCounts;
  if (format2) {
    const checker = new BackupLineChecker();
    for await (const line of splitLines(new Blob([text]).stream())) {
      const record = checker.accept(line);
      if (record) records.push([record.text, line.number]);
    }
    checker.finish();
    counts = checker.counts!;
  } else {
    const doc = parseExportDocument(text, { builtInTemplateIds });
    records = [...legacyRecords(doc)].map((record) => [canonicalJson(record), undefined]);
    counts = legacyCounts(doc);
  }
  const session = await importer.begin();
  try {
    for (let start = 0; start < records.length; start += BACKUP_BATCH.records) {
      const batch = records.slice(start, start + BACKUP_BATCH.records);
      const line = batch[0]?.[1];
      await importer.batch(session, parseBackupLines(batch.map(([text]) => text), line), line);
    }
    return await importer.commit(session, counts);
  } catch (error) {
    await importer.abort(session);
    throw error;
  }
}
