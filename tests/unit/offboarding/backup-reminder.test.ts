import { describe, expect, it } from 'vitest';
import { backupReminder, BACKUP_REMINDER_DEFAULT_DAYS } from '../../../offboarding/backup-reminder';

describe('backupReminder', () => {
  it('is due when a store with data was never backed up, and not for an empty store', () => {
    expect(backupReminder({ lastBackupAt: null, hasClients: true }, '2026-03-10')).toEqual({ due: true, daysSince: null });
    expect(backupReminder({ lastBackupAt: null, hasClients: false }, '2026-03-10')).toEqual({ due: false, daysSince: null });
  });

  it('is due once the last backup is older than the interval (weekly by default)', () => {
    expect(BACKUP_REMINDER_DEFAULT_DAYS).toBe(7);
    expect(backupReminder({ lastBackupAt: '2026-03-03T12:00:00.000Z', hasClients: true }, '2026-03-10')).toEqual({ due: false, daysSince: 7 });
    expect(backupReminder({ lastBackupAt: '2026-03-02T12:00:00.000Z', hasClients: true }, '2026-03-10')).toEqual({ due: true, daysSince: 8 });
    expect(backupReminder({ lastBackupAt: '2026-03-09T12:00:00.000Z', hasClients: true }, '2026-03-11', 1)).toEqual({ due: true, daysSince: 2 });
  });

  it('refuses an interval that is not a positive whole number', () => {
    expect(() => backupReminder({ lastBackupAt: null, hasClients: true }, '2026-03-10', 0)).toThrow(/positive whole number/);
  });
});
