// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pairWithContentScript, tokenFrom } from '../../../components/sidebar/pairing';
import { visibilityOf } from '../../../components/sidebar/visibility';
import { insertOrCopy } from '../../../components/sidebar/drafts';
import type { PagePort } from '../../../components/sidebar/ports';

const TOKEN = '0123456789abcdef0123456789abcdef';
const parent = {};

describe('the sidebar pairing', () => {
  it('takes a token only from the parent window and only in the pairing shape', () => {
    expect(tokenFrom({ source: parent as MessageEventSource, data: { type: 'offboard:pair', token: TOKEN } }, parent)).toBe(TOKEN);
    expect(tokenFrom({ source: {} as MessageEventSource, data: { type: 'offboard:pair', token: TOKEN } }, parent)).toBeNull();
    expect(tokenFrom({ source: parent as MessageEventSource, data: { type: 'other', token: TOKEN } }, parent)).toBeNull();
    expect(tokenFrom({ source: parent as MessageEventSource, data: { type: 'offboard:pair', token: 'x' } }, parent)).toBeNull();
    expect(tokenFrom({ source: parent as MessageEventSource, data: 'offboard:pair' }, parent)).toBeNull();
  });

  it('pairs only when the content script accepts a token; forged ones posted first do not stop it', async () => {
    const accepted: string[] = [];
    const transport = {
      whoami: async () => 7,
      pair: async (_tab: number, token: string) => {
        if (token !== TOKEN) throw new Error('Refused');
        accepted.push(token);
      },
    };
    const paired = pairWithContentScript(window, transport);
    const post = (token: string) =>
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'offboard:pair', token }, source: window.parent }));
    post('f'.repeat(32));
    post(TOKEN);
    await expect(paired).resolves.toEqual({ tabId: 7, token: TOKEN });
    expect(accepted).toEqual([TOKEN]);
  });

  it('never pairs when no accepted token arrives (a frame the page made)', async () => {
    const transport = { whoami: async () => 7, pair: async () => { throw new Error('Refused'); } };
    const outcome = await Promise.race([
      pairWithContentScript(window, transport).then(() => 'paired'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 200)),
    ]);
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'offboard:pair', token: 'a'.repeat(32) }, source: window.parent }));
    expect(outcome).toBe('still waiting');
  });
});

describe('visibility', () => {
  it('is visible only when intersecting and reported visible; unknown where v2 is missing', () => {
    expect(visibilityOf({ isIntersecting: true, isVisible: true })).toBe('visible');
    expect(visibilityOf({ isIntersecting: true, isVisible: false })).toBe('hidden');
    expect(visibilityOf({ isIntersecting: false, isVisible: true })).toBe('hidden');
    expect(visibilityOf({ isIntersecting: true })).toBe('unknown');
  });

  it('a refusal because the frame was not visible puts nothing on the clipboard', async () => {
    const copied: string[] = [];
    const page = {
      insertDraft: async () => ({ ok: false as const, reason: 'sidebar-not-visible' as const, detail: 'the sidebar frame is covered' }),
    } as unknown as PagePort;
    const clipboard = { writeDraft: async (d: { text: string }) => void copied.push(d.text) };
    const outcome = await insertOrCopy(page, clipboard, 1, { html: '<p>x</p>', text: 'x' }, 1000);
    expect(outcome).toEqual({ status: 'failed', reason: 'sidebar-not-visible: the sidebar frame is covered' });
    expect(copied).toEqual([]);
  });
});
