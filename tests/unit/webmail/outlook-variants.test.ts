// @vitest-environment jsdom
/**
 * Outlook as real builds show it (WEBMAIL.md, "What real captures showed"): collapsed messages, quoted
 * history with Outlook's "x_" ids, and the older editor whose body has no role while To is a textbox.
 */
import { describe, expect, it } from 'vitest';
import { otherParty } from '../../../components/sidebar/conversation';
import { insertDraft } from '../../../webmail/insert';
import { outlookAdapter } from '../../../webmail/adapters';
import type { Draft } from '../../../webmail/types';
import { contextKey } from '../../../webmail/watch';
import { loadFixture, OUTLOOK_URL } from './helpers';

const draft: Draft = { html: '<p>Thank you for the cooperation.</p>', text: 'Thank you for the cooperation.', subject: 'Final invoice' };
const COMPOSE_URL = 'https://outlook.live.com/mail/0/deeplink/compose';

describe('Outlook thread with collapsed messages and quoted history', () => {
  const load = () => loadFixture('outlook-thread-collapsed-en.html', OUTLOOK_URL).window.document;

  it('reads the collapsed messages from their headers and the expanded one in full', () => {
    const context = outlookAdapter.readContext(load());
    expect(context.messages.map((m) => m.from)).toEqual([
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' },
      { name: 'Sam Taylor', email: 'sam.taylor@northlight.studio' },
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' },
    ]);
    expect(context.messages.map((m) => m.collapsed ?? false)).toEqual([true, true, false]);
    expect(context.messages.map((m) => m.text === '')).toEqual([true, true, false]);
    expect(context.messages.map((m) => m.dateText)).toEqual(['Mon 3/4/2024 9:15 AM', 'Mon 3/4/2024 2:40 PM', 'Tue 3/5/2024 10:02 AM']);
    expect(otherParty(context)?.email).toBe('mark.davies@brightfield.co.uk');
    expect(contextKey(outlookAdapter.readOutline!(load()))).toBe(contextKey(context));
  });

  it('keeps the quoted "From: … Sent: …" history out of the message text', () => {
    const text = outlookAdapter.readContext(load()).messages[2]!.text;
    expect(text).toContain('Please send the final invoice to our accounts team');
    expect(text).not.toContain('Sent:');
    expect(text).not.toContain('Thank you for telling me early');
  });

  it('finds the older editor body, not the To textbox, and inserts only there', async () => {
    const doc = load();
    const to = doc.querySelector<HTMLElement>('[aria-label="To"][role="textbox"]')!;
    const toBefore = to.innerHTML;
    const editor = outlookAdapter.findEditor(doc)!;
    expect(editor.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
    expect(outlookAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'reply' });
    const result = await insertDraft(doc, outlookAdapter, draft, null);
    expect(result.ok).toBe(true);
    expect(editor.textContent).toContain('Thank you for the cooperation.');
    expect(to.innerHTML).toBe(toBefore);
  });
});

describe('Outlook compose in the older build (body without role="textbox")', () => {
  const load = () => loadFixture('outlook-compose-legacy-en.html', COMPOSE_URL).window.document;

  it('puts the draft into the body and the subject into the subject, never into To, Cc or Search', async () => {
    const doc = load();
    const fields = Array.from(doc.querySelectorAll<HTMLElement>('[role="textbox"]'));
    const search = doc.querySelector<HTMLInputElement>('#searchBoxInput')!;
    const editor = outlookAdapter.findEditor(doc)!;
    expect(editor.hasAttribute('role')).toBe(false);
    expect(outlookAdapter.findSubjectInput(doc, editor)?.getAttribute('aria-label')).toBe('Add a subject');
    expect(outlookAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'new' });
    const result = await insertDraft(doc, outlookAdapter, draft, null);
    expect(result.ok).toBe(true);
    expect(editor.textContent).toContain('Thank you for the cooperation.');
    expect(fields.map((f) => f.textContent)).toEqual(['', '']);
    expect(search.value).toBe('');
    expect(doc.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!.value).toBe('Final invoice');
  });

  it('refuses to insert when no message body is recognisable, rather than use To or Cc', async () => {
    const doc = load();
    const body = doc.querySelector('[aria-label^="Message body"]')!;
    body.removeAttribute('aria-label');
    body.querySelector('#Signature')!.remove();
    expect(outlookAdapter.findEditor(doc)).toBeNull();
    const result = await insertDraft(doc, outlookAdapter, draft, null, { openReplyIfNeeded: false });
    expect(result).toMatchObject({ ok: false, reason: 'no-compose' });
    expect(Array.from(doc.querySelectorAll('[role="textbox"]')).map((f) => f.textContent)).toEqual(['', '']);
  });

  it('never takes a To field in a language it has no label for: it comes before the subject', () => {
    const doc = load();
    const body = doc.querySelector('[aria-label^="Message body"]')!;
    body.remove();
    for (const field of Array.from(doc.querySelectorAll('[role="textbox"]'))) field.setAttribute('aria-label', 'Címzett');
    expect(outlookAdapter.findEditor(doc)).toBeNull();
  });

  it('tells a new message from the URL when the subject field is missing', () => {
    const doc = load();
    doc.querySelector('input[aria-label="Add a subject"]')!.remove();
    expect(outlookAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'new' });
    const inThread = loadFixture('outlook-compose-legacy-en.html', OUTLOOK_URL).window.document;
    inThread.querySelector('input[aria-label="Add a subject"]')!.remove();
    expect(outlookAdapter.readContext(inThread).compose).toEqual({ open: true, kind: 'reply' });
  });
});

describe('a focus the page refuses never sends the draft elsewhere', () => {
  it('when the To field keeps the focus, execCommand is not used and the draft goes into the body', async () => {
    const doc = loadFixture('outlook-compose-legacy-en.html', COMPOSE_URL).window.document;
    const to = doc.querySelector<HTMLElement>('[aria-label="To"][role="textbox"]')!;
    const editor = outlookAdapter.findEditor(doc)!;
    to.setAttribute('tabindex', '0');
    to.focus();
    expect(doc.activeElement).toBe(to);
    // An editor that will not take the focus, and a browser-like insertHTML into the focused host.
    editor.focus = () => undefined;
    (doc as Document & { execCommand: unknown }).execCommand = (_command: string, _ui: boolean, value: string) => {
      (doc.activeElement as HTMLElement).append(doc.createTextNode(value.replace(/<[^>]+>/g, '')));
      return true;
    };
    const result = await insertDraft(doc, outlookAdapter, draft, null);
    expect(result).toMatchObject({ ok: true, method: 'range' });
    expect(to.textContent).toBe('');
    expect(editor.textContent).toContain('Thank you for the cooperation.');
  });
});
