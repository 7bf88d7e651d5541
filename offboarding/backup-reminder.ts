/** When to remind the user to make a backup: the last one is older than the chosen interval. */
import { daysBetweenIso, todayIso } from './calendar';

export const BACKUP_REMINDER_DEFAULT_DAYS = 7;
/** The intervals the options page offers. */
export const BACKUP_REMINDER_CHOICES = [1, 7, 14, 30] as const;

export interface BackupReminder {
  due: boolean;
  /** Whole days since the last backup; null when there has been none. */
  daysSince: number | null;
}

/**
 * Due when the store holds data and either no backup was ever saved or the last one is more than
 * `intervalDays` days old (a backup made on day D is fresh through D + interval).
 */
export function backupReminder(status: { lastBackupAt: string | null; hasClients: boolean }, today: string, intervalDays: number = BACKUP_REMINDER_DEFAULT_DAYS): BackupReminder {
  if (!Number.isSafeInteger(intervalDays) || intervalDays < 1) throw new Error(`backupReminder: intervalDays must be a positive whole number, got ${String(intervalDays)}`);
  const daysSince = status.lastBackupAt === null ? null : daysBetweenIso(todayIso(new Date(status.lastBackupAt)), today);
  if (!status.hasClients) return { due: false, daysSince };
  return { due: daysSince === null || daysSince > intervalDays, daysSince };
}
