// @vitest-environment jsdom
/**
 * The right Gmail editor for every compose shape: inline reply, pop-out, several open composes, and
 * the 2024 compose body rendered without a dialog (WEBMAIL.md, "Compose without a dialog").
 */
import { describe, expect, it } from 'vitest';
import { CaretKeeper } from '../../../webmail/caret';
import { gmailAdapter } from '../../../webmail/adapters';
import { insertDraft } from '../../../webmail/insert';
import type { Draft } from '../../../webmail/types';
import { domFromBody, GMAIL_URL, loadFixture } from './helpers';

const draft: Draft = { html: '<p>Thank you for the cooperation.</p>', text: 'Thank you for the cooperation.' };

/** A new-message dialog like gmail-compose-en.html's, with its own body id. */
function addComposeDialog(doc: Document, id: string): HTMLElement {
  const source = loadFixture('gmail-compose-en.html', GMAIL_URL).window.document.querySelector('[role="dialog"]')!;
  const dialog = doc.importNode(source, true) as HTMLElement;
  const body = dialog.querySelector<HTMLElement>('[g_editable="true"]')!;
  body.id = id;
  doc.body.append(dialog);
  return body;
}

function putCaret(doc: Document, editor: HTMLElement): void {
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  doc.getSelection()!.removeAllRanges();
  doc.getSelection()!.addRange(range);
}

describe('several open composes', () => {
  it('takes the compose holding the caret, not the last one in the page', async () => {
    const doc = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    const inline = gmailAdapter.findEditor(doc)!;
    const first = addComposeDialog(doc, 'first');
    const second = addComposeDialog(doc, 'second');
    putCaret(doc, first);
    expect(gmailAdapter.findEditor(doc)).toBe(first);
    const result = await insertDraft(doc, gmailAdapter, draft, null);
    expect(result.ok).toBe(true);
    expect(first.textContent).toContain('Thank you for the cooperation.');
    expect(second.textContent).not.toContain('Thank you for the cooperation.');
    expect(inline.textContent).not.toContain('Thank you for the cooperation.');
  });

  it('else the compose the user last focused, after the caret left the page for the sidebar', async () => {
    const doc = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    const inline = gmailAdapter.findEditor(doc)!;
    const dialog = addComposeDialog(doc, 'dialog');
    const caret = new CaretKeeper(doc);
    putCaret(doc, inline);
    caret.remember();
    // The sidebar takes the focus; the page's selection ends up outside every compose.
    doc.getSelection()!.removeAllRanges();
    (doc.activeElement as HTMLElement | null)?.blur();
    const result = await insertDraft(doc, gmailAdapter, draft, caret);
    expect(result.ok).toBe(true);
    expect(inline.textContent).toContain('Thank you for the cooperation.');
    expect(dialog.textContent).not.toContain('Thank you for the cooperation.');
  });

  it('each compose has its own kind: the inline reply is a reply, the dialog a new message', () => {
    const doc = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    const inline = gmailAdapter.findEditor(doc)!;
    const dialog = addComposeDialog(doc, 'dialog');
    putCaret(doc, dialog);
    expect(gmailAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'new' });
    putCaret(doc, inline);
    expect(gmailAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'reply' });
    expect(gmailAdapter.findSubjectInput(doc, dialog)?.name).toBe('subjectbox');
  });
});

/** The 2024 compose body as WEBMAIL.md describes it: div.Ar.Au > div.aO7 > the body, no dialog around it. */
const BARE_COMPOSE =
  '<div class="nH" role="main"><div class="Ar Au" style="display: block;"><div class="aO7">' +
  '<div id=":ps" class="Am aiL Al editable LW-avf tS-tW tS-tY" hidefocus="true" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" aria-owns=":sv" aria-controls=":sv" contenteditable="true" tabindex="1" style="direction: ltr; min-height: 358px;" spellcheck="false"><br></div>' +
  '</div></div></div>';

describe('a compose body without its dialog', () => {
  it('is a new message when the URL says compose=new', () => {
    const { window } = domFromBody(BARE_COMPOSE, 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    expect(gmailAdapter.readContext(window.document).compose).toEqual({ open: true, kind: 'new' });
  });

  it('stays a reply when nothing says it is new (its subject is then never touched)', () => {
    const { window } = domFromBody(BARE_COMPOSE, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxHkdLbRwMqCjXsvJtLpQwZbn');
    expect(gmailAdapter.readContext(window.document).compose).toEqual({ open: true, kind: 'reply' });
  });

  it('inserts into the body', async () => {
    const { window } = domFromBody(BARE_COMPOSE, 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    const result = await insertDraft(window.document, gmailAdapter, { ...draft, subject: 'x' }, null);
    expect(result.ok).toBe(true);
    expect(window.document.getElementById(':ps')!.textContent).toContain('Thank you for the cooperation.');
  });
});
