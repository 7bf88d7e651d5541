/**
 * The background's reading of a batch of backup lines: each line is parsed and checked against its
 * record schema here, once, where the data enters the store (the page only splits the file, checks
 * its order, counts and CRC, and sends the lines as text). A refusal names the file line.
 */
import { describeFirstIssue } from '../../common/validation-issues';
import { backupRecordSchema } from '../schemas';
import type { BackupRecord } from './format';
import { ImportError } from './errors';

/** `firstLine` is the file line of lines[0] (one record per line); without it refusals name no line. */
export function parseBackupLines(lines: readonly string[], firstLine?: number): BackupRecord[] {
  const where = (index: number) => (firstLine === undefined ? {} : { line: firstLine + index });
  return lines.map((text, index) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ImportError('not-json', where(index));
    }
    return checkedRecord(raw, where(index));
  });
}

/** A record that passed its schema, or ImportError('damaged') naming the field (client.name, event.at, …). */
export function checkedRecord(raw: unknown, where: { line?: number } = {}): BackupRecord {
  const parsed = backupRecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data as BackupRecord;
  const issue = describeFirstIssue(parsed.error);
  const kind = (raw as { kind?: unknown } | null)?.kind;
  throw new ImportError('damaged', { ...where, path: typeof kind === 'string' ? issue.path.replace(/^record/, kind) : issue.path, reason: issue.message });
}
