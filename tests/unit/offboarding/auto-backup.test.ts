import { describe, expect, it } from 'vitest';
import { autoBackupDue, autoBackupFileName, keepNewest } from '../../../offboarding/auto-backup';

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);
const on = { enabled: true, intervalDays: 1, keep: 5 };

describe('autoBackupDue', () => {
  it('is never due while off', () => {
    expect(autoBackupDue({ ...on, enabled: false }, null, local(2026, 12, 1))).toBe(false);
  });

  it('is due at once when on and none was made yet', () => {
    expect(autoBackupDue(on, null, local(2026, 12, 1))).toBe(true);
  });

  it('daily: not again the same day, due the next calendar day even less than 24 hours later', () => {
    const last = local(2026, 12, 1, 23, 30).toISOString();
    expect(autoBackupDue(on, last, local(2026, 12, 1, 23, 59))).toBe(false);
    expect(autoBackupDue(on, last, local(2026, 12, 2, 0, 10))).toBe(true);
  });

  it('weekly and every 30 days: due on the day the interval is reached, not the day before', () => {
    const last = local(2026, 11, 1).toISOString();
    expect(autoBackupDue({ ...on, intervalDays: 7 }, last, local(2026, 11, 7))).toBe(false);
    expect(autoBackupDue({ ...on, intervalDays: 7 }, last, local(2026, 11, 8))).toBe(true);
    expect(autoBackupDue({ ...on, intervalDays: 30 }, last, local(2026, 11, 30))).toBe(false);
    expect(autoBackupDue({ ...on, intervalDays: 30 }, last, local(2026, 12, 1))).toBe(true);
  });
});

describe('keepNewest', () => {
  const files = [
    { id: 7, at: '2026-11-03T10:00:00.000Z' },
    { id: 3, at: '2026-11-01T10:00:00.000Z' },
    { id: 5, at: '2026-11-02T10:00:00.000Z' },
  ];

  it('keeps the newest N by time and removes the rest, oldest first', () => {
    expect(keepNewest(files, 2)).toEqual({ kept: [files[2], files[0]], remove: [files[1]] });
    expect(keepNewest(files, 1).remove.map((file) => file.id)).toEqual([3, 5]);
  });

  it('removes nothing while there are N or fewer', () => {
    expect(keepNewest(files, 3).remove).toEqual([]);
    expect(keepNewest(files, 50).kept).toHaveLength(3);
    expect(keepNewest([], 5)).toEqual({ kept: [], remove: [] });
  });

  it('orders files written in the same millisecond by their download id', () => {
    const same = [{ id: 9, at: '2026-11-01T10:00:00.000Z' }, { id: 8, at: '2026-11-01T10:00:00.000Z' }];
    expect(keepNewest(same, 1)).toEqual({ kept: [same[0]], remove: [same[1]] });
  });

  it('refuses a count below one (keeping none would delete every backup)', () => {
    expect(() => keepNewest(files, 0)).toThrow(/keep must be/);
    expect(() => keepNewest(files, 1.5)).toThrow(/keep must be/);
  });
});

describe('autoBackupFileName', () => {
  it('is the manual export name with the local time, in the backups folder', () => {
    expect(autoBackupFileName(local(2026, 3, 4, 9, 5))).toBe('offboard-backups/offboard-backup-2026-03-04-0905.jsonl');
  });
});
