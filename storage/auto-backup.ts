/**
 * The automatic backup's record in `meta` (this browser's, like the last backup's time: kept by
 * import and delete-all): the user's choice, the download ids of the files it wrote, and the last
 * failure. Read through a schema, so a damaged row reads as "off" instead of breaking the alarm.
 */
import * as z from 'zod/mini';
import type { OffboardDB } from './db';
import { AUTO_BACKUP_INTERVALS, AUTO_BACKUP_KEEP_DEFAULT, AUTO_BACKUP_KEEP_MAX, AUTO_BACKUP_KEEP_MIN, keepNewest } from '../offboarding/auto-backup';
import { BACKUP_REMINDER_DEFAULT_DAYS } from '../offboarding/backup-reminder';
import type { AutoBackupFailure, AutoBackupState } from './protocol';

const AUTO_BACKUP_KEY = 'auto-backup';

export const AUTO_BACKUP_FAILURES = ['permission-removed', 'disk-full', 'download-failed', 'export-failed'] as const;

export const autoBackupConfigSchema = z.strictObject({
  enabled: z.boolean(),
  intervalDays: z
    .number()
    .check(z.int(), z.refine((days) => (AUTO_BACKUP_INTERVALS as readonly number[]).includes(days), { message: `Expected one of ${AUTO_BACKUP_INTERVALS.join(', ')} days` })),
  keep: z.number().check(z.int('Expected a whole number of backups'), z.minimum(AUTO_BACKUP_KEEP_MIN), z.maximum(AUTO_BACKUP_KEEP_MAX)),
});

/** What backup.autoConfigure may change: any of the choices, each checked as above. */
export const autoBackupChangesSchema = z.partial(autoBackupConfigSchema);

const failureSchema = z.strictObject({
  code: z.enum(AUTO_BACKUP_FAILURES),
  at: z.string(),
  /** The browser's own reason (e.g. FILE_NO_SPACE), shown as it is. */
  detail: z.optional(z.string().check(z.maxLength(500))),
});

const stateSchema = z.extend(autoBackupConfigSchema, {
  files: z.array(z.strictObject({ id: z.number().check(z.int(), z.nonnegative()), at: z.string() })).check(z.maxLength(1_000)),
  lastAutoAt: z.nullable(z.string()),
  failure: z.nullable(failureSchema),
});

export function defaultAutoBackupState(reminderDays: number | undefined): AutoBackupState {
  const interval = (AUTO_BACKUP_INTERVALS as readonly number[]).includes(reminderDays ?? -1) ? reminderDays! : BACKUP_REMINDER_DEFAULT_DAYS;
  return { enabled: false, intervalDays: interval, keep: AUTO_BACKUP_KEEP_DEFAULT, files: [], lastAutoAt: null, failure: null };
}

export async function readAutoBackup(db: OffboardDB, reminderDays: number | undefined): Promise<AutoBackupState> {
  const row = await db.meta.get(AUTO_BACKUP_KEY);
  const parsed = stateSchema.safeParse(typeof row?.value === 'string' ? parseJson(row.value) : undefined);
  return parsed.success ? (parsed.data as AutoBackupState) : defaultAutoBackupState(reminderDays);
}

async function write(db: OffboardDB, state: AutoBackupState): Promise<AutoBackupState> {
  // meta holds scalars: the record is kept as its JSON text.
  await db.meta.put({ key: AUTO_BACKUP_KEY, value: JSON.stringify(state) });
  return state;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The user's choice; saving it (turning it on again, or closing the message) clears the failure shown. */
/** Merges a patch into the stored settings in one transaction, so changes made one after another all stay. */
export async function configureAutoBackup(db: OffboardDB, config: Partial<z.infer<typeof autoBackupConfigSchema>>, reminderDays: number | undefined): Promise<AutoBackupState> {
  return db.transaction('rw', db.meta, async () => {
    const state = await readAutoBackup(db, reminderDays);
    return write(db, { ...state, ...config, failure: null });
  });
}

/**
 * Records a file written at `at` and returns the ones now beyond the newest `keep`: the caller
 * removes those and then calls `forgetAutoBackupFiles`, so a file is forgotten only once it is gone.
 */
export async function recordAutoBackupFile(db: OffboardDB, file: { id: number; at: string }, reminderDays: number | undefined): Promise<{ state: AutoBackupState; remove: number[] }> {
  return db.transaction('rw', db.meta, async () => {
    const state = await readAutoBackup(db, reminderDays);
    const files = [...state.files, file];
    const next = await write(db, { ...state, files, lastAutoAt: file.at, failure: null });
    return { state: next, remove: keepNewest(files, state.keep).remove.map((old) => old.id) };
  });
}

export async function forgetAutoBackupFiles(db: OffboardDB, ids: readonly number[], reminderDays: number | undefined): Promise<AutoBackupState> {
  return db.transaction('rw', db.meta, async () => {
    const state = await readAutoBackup(db, reminderDays);
    const gone = new Set(ids);
    return write(db, { ...state, files: state.files.filter((file) => !gone.has(file.id)) });
  });
}

/** A failure shows until the next success; a withdrawn permission also turns it off. Nothing else changes. */
export async function recordAutoBackupFailure(db: OffboardDB, failure: AutoBackupFailure, reminderDays: number | undefined): Promise<AutoBackupState> {
  return db.transaction('rw', db.meta, async () => {
    const state = await readAutoBackup(db, reminderDays);
    return write(db, { ...state, enabled: failure.code === 'permission-removed' ? false : state.enabled, failure });
  });
}
