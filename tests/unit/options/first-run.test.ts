import { describe, expect, it } from 'vitest';
import { deleteAllConfirmed, deleteAllWord } from '../../../components/options/delete-all-word';
import { registerFirstRun, WELCOME_PATH } from '../../../background/first-run';
import { defaultSettings, settingsSchema } from '../../../storage/schemas';

function fakeApi() {
  const listeners: Array<(details: { reason: string }) => void> = [];
  const created: string[] = [];
  registerFirstRun({
    runtime: { onInstalled: { addListener: (listener) => void listeners.push(listener) }, getURL: (path) => `chrome-extension://id${path}` },
    tabs: { create: ({ url }) => void created.push(url) },
  });
  return { fire: (reason: string) => listeners.forEach((listener) => listener({ reason })), created };
}

describe('the first run (issue 17, point 14)', () => {
  it('opens the welcome guide on install only, not on an update or a browser update', () => {
    const api = fakeApi();
    api.fire('update');
    api.fire('chrome_update');
    expect(api.created).toEqual([]);
    api.fire('install');
    expect(api.created).toEqual([`chrome-extension://id${WELCOME_PATH}`]);
  });

  it('stores no grammatical form until the user gives one (no male default)', () => {
    const settings = defaultSettings();
    expect(settings.profile.senderForm).toBeUndefined();
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    // An older backup's chosen form stays valid.
    expect(settingsSchema.safeParse({ ...settings, profile: { ...settings.profile, senderForm: 'f' } }).success).toBe(true);
  });

  it('asks a Polish user to type USUŃ and an English one DELETE', () => {
    expect(deleteAllWord('pl')).toBe('USUŃ');
    expect(deleteAllConfirmed('usuń', 'pl')).toBe(true);
    expect(deleteAllConfirmed(' USUŃ ', 'pl')).toBe(true);
    expect(deleteAllConfirmed('USUN', 'pl')).toBe(false);
    expect(deleteAllConfirmed('DELETE', 'pl')).toBe(false);
    expect(deleteAllConfirmed('delete', 'en')).toBe(true);
    expect(deleteAllConfirmed('USUŃ', 'en')).toBe(false);
  });
});
