import { describe, expect, it, vi } from 'vitest';
import { directBackupFiles, offscreenBackupFiles, OFFSCREEN_PATH } from '../../../background/backup-files';
import { localStoreClient } from '../../../background/local-store-client';
import { openTestStore } from '../storage/helpers';

const extension = { id: 'ext', getURL: (path: string) => `chrome-extension://ext${path}` };
const offscreenSender = (run: string) => ({ id: 'ext', url: `chrome-extension://ext${OFFSCREEN_PATH}?run=${run}` });

function setup() {
  let handler: ((message: { data: unknown; sender: { id?: string; url?: string } }) => unknown) | undefined;
  const messenger = { onMessage: vi.fn((_op: string, h: typeof handler) => ((handler = h), () => undefined)) };
  const created: Array<{ url: string; reasons: string[] }> = [];
  const offscreen = { createDocument: vi.fn(async (options: { url: string; reasons: string[] }) => void created.push(options)), closeDocument: vi.fn(async () => undefined) };
  let runs = 0;
  const files = offscreenBackupFiles({ offscreen, messenger: messenger as never, extension, newRun: () => `run-${++runs}` });
  const send = (data: unknown, sender = offscreenSender('run-1')) => handler!({ data, sender });
  return { files, created, offscreen, send };
}

describe('offscreenBackupFiles (Chrome)', () => {
  it('opens an offscreen document for BLOBS and hands back the URL it sends; release closes it', async () => {
    const env = setup();
    const making = env.files.make();
    await vi.waitFor(() => expect(env.created).toHaveLength(1));
    expect(env.created[0]).toMatchObject({ url: `${OFFSCREEN_PATH}?run=run-1`, reasons: ['BLOBS'] });
    expect(env.send({ run: 'run-1', url: 'blob:chrome-extension://ext/abc' })).toBe(true);
    const file = await making;
    expect(file.url).toBe('blob:chrome-extension://ext/abc');
    const closes = env.offscreen.closeDocument.mock.calls.length;
    await file.release();
    expect(env.offscreen.closeDocument.mock.calls.length).toBe(closes + 1);
  });

  it('refuses a message from another page, for a run nobody waits for, or with a URL that is not a blob', async () => {
    const env = setup();
    const making = env.files.make();
    await vi.waitFor(() => expect(env.created).toHaveLength(1));
    expect(() => env.send({ run: 'run-1', url: 'blob:x' }, { id: 'ext', url: 'chrome-extension://ext/options.html' })).toThrow(/Refused/);
    expect(() => env.send({ run: 'run-1', url: 'blob:x' }, { id: 'ext', url: 'chrome-extension://ext/insights.html' })).toThrow(/only the offscreen document/);
    expect(() => env.send({ run: 'run-9', url: 'blob:x' })).toThrow(/no automatic backup is waiting/);
    expect(() => env.send({ run: 'run-1', url: 'https://evil.example/x' })).toThrow(/Invalid request/);
    env.send({ run: 'run-1', error: 'The data kept changing' });
    await expect(making).rejects.toThrow('The data kept changing');
  });
});

describe('directBackupFiles (Firefox)', () => {
  it('writes the backup through the streaming export and makes the URL itself', async () => {
    const { store, db } = openTestStore();
    try {
      await store.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'other' });
      let blob: Blob | undefined;
      const urls = { createObjectURL: vi.fn((made: Blob) => ((blob = made), 'blob:moz-extension://x/1')), revokeObjectURL: vi.fn() };
      const file = await directBackupFiles(localStoreClient(store), urls as never).make();
      expect(file.url).toBe('blob:moz-extension://x/1');
      const lines = (await blob!.text()).trim().split('\n');
      expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'offboard-export', version: 2, counts: { clients: 1, offboardings: 1 } });
      await file.release();
      expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:moz-extension://x/1');
    } finally {
      await db.delete();
    }
  });
});
