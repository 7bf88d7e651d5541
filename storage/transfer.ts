/**
 * Backup and restore: the formats (backup/format.ts), format 1's single document (backup/v1.ts),
 * format 2's lines (backup/lines.ts), the background's staging and export pages, the page's
 * streaming halves (backup/stream.ts) and the refusals (backup/errors.ts). This module keeps the
 * whole-text import that data.import offers (a small backup of either format in one message).
 */
import type { OffboardDB } from './db';
import type { ImportResult } from './protocol';
import { ImportError } from './backup/errors';
import { BackupLineChecker, splitLines } from './backup/lines';
import { legacyCounts, legacyRecords, parseExportDocument, type ImportOptions } from './backup/v1';
import { beginImport, commitImport, stageRecords, abortImport } from './backup/staging';
import { BACKUP_BATCH } from './schemas';
import { canonicalJson, type BackupCounts } from './backup/format';
import { parseBackupLines } from './backup/records';

export { EXPORT_FORMAT, EXPORT_VERSION, LEGACY_EXPORT_VERSION } from './backup/format';
export { describeImportError, ImportError, IMPORT_ERROR_CODES, MAX_IMPORT_BYTES } from './backup/errors';
export type { ImportErrorCode, ImportErrorParams } from './backup/errors';
export { exportDocument, parseExportDocument } from './backup/v1';
export type { ExportDocument, ImportOptions } from './backup/v1';

export interface WholeImportOptions extends ImportOptions {
  session: string;
  today: string;
}

/** Replaces the whole store with a backup given as one text, or throws ImportError and changes nothing. */
export async function importDocument(db: OffboardDB, text: string, options: WholeImportOptions): Promise<ImportResult> {
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
  await beginImport(db, options.session);
  try {
    for (let start = 0; start < records.length; start += BACKUP_BATCH.records) {
      const batch = records.slice(start, start + BACKUP_BATCH.records);
      const line = batch[0]?.[1];
      const checked = parseBackupLines(batch.map(([text]) => text), line);
      await stageRecords(db, options.session, checked, { builtInTemplateIds, ...(line === undefined ? {} : { firstLine: line }) });
    }
    return await commitImport(db, options.session, counts, options.today);
  } catch (error) {
    await abortImport(db, options.session);
    throw error;
  }
}
