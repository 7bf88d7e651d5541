/**
 * The optional automatic backup's rules, pure: when one is due, which earlier files go once more
 * than N are kept, and the file's name. The background (background/auto-backup.ts) applies them.
 */
import { daysBetweenIso, todayIso } from './calendar';

/** How many automatic backups are kept when the user has not chosen (1–50). */
export const AUTO_BACKUP_KEEP_DEFAULT = 5;
export const AUTO_BACKUP_KEEP_MIN = 1;
export const AUTO_BACKUP_KEEP_MAX = 50;
/** The intervals offered, in days: daily, weekly, every two weeks, monthly (30 days, as the reminder). */
export const AUTO_BACKUP_INTERVALS = [1, 7, 14, 30] as const;

/** One file an automatic backup wrote: the browser's download id and when it was written. */
export interface AutoBackupFile {
  id: number;
  at: string;
}

export interface AutoBackupConfig {
  enabled: boolean;
  intervalDays: number;
  keep: number;
}

/**
 * Due when it is on and the last automatic backup was made `intervalDays` or more calendar days ago
 * (a daily backup made yesterday is due today), or none has been made yet.
 */
export function autoBackupDue(config: AutoBackupConfig, lastAutoAt: string | null, now: Date): boolean {
  if (!config.enabled) return false;
  if (lastAutoAt === null) return true;
  return daysBetweenIso(todayIso(new Date(lastAutoAt)), todayIso(now)) >= config.intervalDays;
}

/**
 * Splits the files written so far into the newest `keep` (kept, oldest first) and the rest (to be
 * removed). Only these ids are ever removed: a file is ours because we recorded its id, never
 * because of its name.
 */
export function keepNewest(files: readonly AutoBackupFile[], keep: number): { kept: AutoBackupFile[]; remove: AutoBackupFile[] } {
  if (!Number.isSafeInteger(keep) || keep < AUTO_BACKUP_KEEP_MIN) throw new Error(`keepNewest: keep must be a whole number from ${AUTO_BACKUP_KEEP_MIN}, got ${String(keep)}`);
  // Oldest first; equal times keep the order they were written in (ids grow with each download).
  const ordered = [...files].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  const cut = Math.max(0, ordered.length - keep);
  return { kept: ordered.slice(cut), remove: ordered.slice(0, cut) };
}

/** offboard-backups/offboard-backup-YYYY-MM-DD-HHmm.jsonl in local time: the manual export's name with the time. */
export function autoBackupFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `offboard-backups/offboard-backup-${todayIso(now)}-${two(now.getHours())}${two(now.getMinutes())}.jsonl`;
}
