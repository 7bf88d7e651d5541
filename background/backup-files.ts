/**
 * Where an automatic backup's file is made, behind one small interface. Chrome's MV3 service worker
 * cannot make object URLs, so an offscreen document (reason BLOBS) writes the file through the
 * same streaming export the options page uses and hands back its blob URL; Firefox's background is
 * an event page with a DOM and makes it itself.
 */
import * as z from 'zod/mini';
import { checked, Refusal } from '../common/messaging/handlers';
import type { Messenger } from '../common/messaging/messenger';
import type { ExtensionIdentity, MessageSender } from '../common/messaging/senders';
import type { BackgroundOperations } from '../messaging/protocol';
import { exportBackup } from '../storage/backup/stream';
import type { StoreClient } from '../storage/protocol';

export interface BackupFile {
  /** A blob URL of our origin, valid until `release`. */
  url: string;
  release(): Promise<void>;
}

export interface BackupFiles {
  make(): Promise<BackupFile>;
}

/** Firefox: the event page writes the file and makes the URL itself. */
export function directBackupFiles(store: StoreClient, urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL): BackupFiles {
  return {
    async make() {
      const backup = await exportBackup(store);
      const url = urls.createObjectURL(backup.blob);
      return { url, release: async () => urls.revokeObjectURL(url) };
    },
  };
}

export const OFFSCREEN_PATH = '/offscreen.html';
/** A very large store takes minutes to write; past this the run counts as failed (and is retried next time). */
export const OFFSCREEN_TIMEOUT_MS = 15 * 60_000;

/** The part of chrome.offscreen used here. */
export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

const runSchema = z.string().check(z.minLength(1), z.maxLength(100));
const builtSchema = z.union([
  z.strictObject({ run: runSchema, url: z.string().check(z.startsWith('blob:'), z.maxLength(500)) }),
  z.strictObject({ run: runSchema, error: z.string().check(z.maxLength(2_000)) }),
]);

/** Chrome: one offscreen document per run, closed (its blob URLs with it) once the download is over. */
export function offscreenBackupFiles(deps: {
  offscreen: OffscreenApi;
  messenger: Pick<Messenger<BackgroundOperations>, 'onMessage'>;
  extension: ExtensionIdentity;
  newRun: () => string;
  timeoutMs?: number;
}): BackupFiles {
  const waiting = new Map<string, { resolve: (url: string) => void; reject: (error: Error) => void }>();
  deps.messenger.onMessage(
    'backup.offscreenBuilt',
    checked({
      op: 'backup.offscreenBuilt',
      extension: deps.extension,
      from: ['extension-page'],
      authorize: (_data, sender) => requireOffscreen(sender, deps.extension),
      schema: builtSchema,
      run: (req) => {
        const run = waiting.get(req.run);
        if (!run) throw new Refusal('forbidden', 'backup.offscreenBuilt refused: no automatic backup is waiting for this run');
        waiting.delete(req.run);
        if ('url' in req) run.resolve(req.url);
        else run.reject(new Error(req.error));
        return true as const;
      },
    }),
  );
  const close = () => deps.offscreen.closeDocument().catch(() => undefined);
  return {
    async make() {
      // Only one offscreen document may exist: one left by a run the worker did not finish goes first.
      await close();
      const run = deps.newRun();
      const built = new Promise<string>((resolve, reject) => {
        waiting.set(run, { resolve, reject });
        setTimeout(() => {
          if (waiting.delete(run)) reject(new Error('The backup was not written in time'));
        }, deps.timeoutMs ?? OFFSCREEN_TIMEOUT_MS);
      });
      try {
        await deps.offscreen.createDocument({
          url: `${OFFSCREEN_PATH}?run=${encodeURIComponent(run)}`,
          reasons: ['BLOBS'],
          justification: 'Writes the automatic backup the user turned on into a file for the downloads folder.',
        });
        return { url: await built, release: close };
      } catch (error) {
        waiting.delete(run);
        await close();
        throw error;
      }
    },
  };
}

function requireOffscreen(sender: MessageSender, extension: ExtensionIdentity): void {
  const url = sender.url ?? '';
  if (!url.startsWith(extension.getURL(OFFSCREEN_PATH))) throw new Refusal('forbidden', 'backup.offscreenBuilt refused: only the offscreen document sends it');
}
