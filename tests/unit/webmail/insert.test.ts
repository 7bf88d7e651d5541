// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CaretKeeper } from '../../../webmail/caret';
import { gmailAdapter } from '../../../webmail/adapters';
import { checkDraft, insertDraft } from '../../../webmail/insert';
import { outlookAdapter } from '../../../webmail/adapters';
import type { Draft } from '../../../webmail/types';
import { GMAIL_URL, loadFixture, OUTLOOK_URL } from './helpers';

const draft: Draft = {
  html: '<p>Thank you for the <b>cooperation</b>.</p><p>Final invoice attached.</p>',
  text: 'Thank you for the cooperation.\n\nFinal invoice attached.',
};

function selectAt(doc: Document, node: Node, offset: number): void {
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Whether `a` comes before `b` in document order. */
function before(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & 4);
}

function findText(root: Element, text: string): Text {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(text)) return node as Text;
  }
  throw new Error(`text not found: ${text}`);
}

describe('insertDraft in Gmail', () => {
  it('inserts at the caret the user left in the body, even after the selection moved away', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const editor = gmailAdapter.findEditor(doc)!;
    const firstLine = editor.firstElementChild!;
    firstLine.textContent = 'Hello Mark, ';
    const caret = new CaretKeeper(doc);
    caret.attach();
    selectAt(doc, firstLine.firstChild!, 'Hello Mark, '.length);
    doc.dispatchEvent(new window.Event('selectionchange'));
    // The user clicks the sidebar: the page's selection ends up somewhere else.
    selectAt(doc, doc.querySelector('div.a3s')!.firstChild!, 0);
    doc.dispatchEvent(new window.Event('selectionchange'));

    const inputs: string[] = [];
    editor.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    const keys: string[] = [];
    editor.addEventListener('keydown', (event) => keys.push((event as KeyboardEvent).key));

    const result = await insertDraft(doc, gmailAdapter, draft, caret);
    expect(result).toEqual({ ok: true, method: 'range', openedReply: false });
    expect(firstLine.textContent).toBe('Hello Mark, Thank you for the cooperation.Final invoice attached.');
    expect(firstLine.querySelector('b')!.textContent).toBe('cooperation');
    expect(before(firstLine, editor.querySelector('.gmail_signature')!)).toBe(true);
    expect(inputs).toEqual(['insertFromPaste']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(keys).toEqual(['.']);
  });

  it('inserts at the start of the body, above the signature, when there is no saved caret', async () => {
    const { window } = loadFixture('gmail-thread-pl.html', GMAIL_URL);
    const doc = window.document;
    const editor = gmailAdapter.findEditor(doc)!;
    const result = await insertDraft(doc, gmailAdapter, draft, new CaretKeeper(doc));
    expect(result.ok).toBe(true);
    const inserted = findText(editor, 'Final invoice attached.');
    expect(before(inserted, editor.querySelector('br[clear="all"]')!)).toBe(true);
    expect(before(inserted, editor.querySelector('.gmail_signature')!)).toBe(true);
    expect(editor.firstElementChild!.textContent).toContain('Thank you for the');
  });

  it('falls back to the start when the saved caret node was removed', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const editor = gmailAdapter.findEditor(doc)!;
    const extra = doc.createElement('div');
    extra.textContent = 'temporary line';
    editor.prepend(extra);
    const caret = new CaretKeeper(doc);
    selectAt(doc, extra.firstChild!, 4);
    caret.remember();
    extra.remove();
    const result = await insertDraft(doc, gmailAdapter, draft, caret);
    expect(result.ok).toBe(true);
    expect(editor.firstElementChild!.textContent).toContain('Thank you for the cooperation.');
  });

  it('moves a caret that sits inside the signature to above it', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const editor = gmailAdapter.findEditor(doc)!;
    const signature = editor.querySelector('.gmail_signature')!;
    const caret = new CaretKeeper(doc);
    selectAt(doc, findText(signature, 'Northlight Studio'), 3);
    caret.remember();
    const result = await insertDraft(doc, gmailAdapter, draft, caret);
    expect(result.ok).toBe(true);
    expect(signature.textContent).toBe('Sam TaylorNorthlight Studio+44 20 7946 0321');
    const inserted = findText(editor, 'Final invoice attached.');
    expect(before(inserted, editor.querySelector('br[clear="all"]')!)).toBe(true);
  });

  it('sets the subject of a new message only when it is empty', async () => {
    const { window } = loadFixture('gmail-compose-en.html', 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    const doc = window.document;
    const subject = doc.querySelector<HTMLInputElement>('input[name="subjectbox"]')!;
    const seen: string[] = [];
    subject.addEventListener('input', () => seen.push(subject.value));
    const result = await insertDraft(doc, gmailAdapter, { ...draft, subject: 'Final invoice' }, null);
    expect(result.ok).toBe(true);
    expect(subject.value).toBe('Final invoice');
    expect(seen).toEqual(['Final invoice']);

    const again = await insertDraft(doc, gmailAdapter, { ...draft, subject: 'Something else' }, null);
    expect(again.ok).toBe(true);
    expect(subject.value).toBe('Final invoice');
  });

  it('never touches the subject of a reply', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const subject = doc.querySelector<HTMLInputElement>('input[name="subjectbox"]')!;
    subject.value = '';
    const result = await insertDraft(doc, gmailAdapter, { ...draft, subject: 'New subject' }, null);
    expect(result.ok).toBe(true);
    expect(subject.value).toBe('');
  });

  it('opens a reply through the language-independent reply control when none is open', async () => {
    const withReply = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    const replyBox = withReply.querySelector('.ip.adB')!.parentElement!;
    const { window } = loadFixture('gmail-thread-noreply-en.html', GMAIL_URL);
    const doc = window.document;
    const control = doc.querySelector<HTMLElement>('span.ams.bkH')!;
    const clicks: string[] = [];
    control.addEventListener('click', () => {
      clicks.push('click');
      // What Gmail does: replace the reply links with an inline reply box.
      setTimeout(() => control.closest('.ip.iq')!.parentElement!.replaceWith(doc.importNode(replyBox, true)), 20);
    });
    const result = await insertDraft(doc, gmailAdapter, { ...draft, subject: 'x' }, null);
    expect(result).toEqual({ ok: true, method: 'range', openedReply: true });
    expect(clicks).toEqual(['click']);
    const editor = gmailAdapter.findEditor(doc)!;
    expect(editor.textContent).toContain('Final invoice attached.');
    expect(doc.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value).toMatch(/^Re: /);
  });

  it('reports precise failures', async () => {
    const { window } = loadFixture('gmail-thread-noreply-en.html', GMAIL_URL);
    const doc = window.document;
    expect(await insertDraft(doc, gmailAdapter, draft, null, { openReplyIfNeeded: false })).toMatchObject({
      ok: false,
      reason: 'no-compose',
    });
    doc.querySelector('span.ams.bkH')!.remove();
    expect(await insertDraft(doc, gmailAdapter, draft, null)).toMatchObject({
      ok: false,
      reason: 'compose-not-found-after-open',
    });
  });

  it('uses execCommand when the browser applies it, and falls back when it silently does nothing', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const calls: string[] = [];
    // A browser-like insertHTML: inserts at the selection.
    (doc as Document & { execCommand: unknown }).execCommand = (command: string, _ui: boolean, value: string) => {
      calls.push(command);
      const range = doc.getSelection()!.getRangeAt(0);
      const template = doc.createElement('template');
      template.innerHTML = value;
      range.insertNode(template.content);
      return true;
    };
    const result = await insertDraft(doc, gmailAdapter, draft, null);
    expect(result).toEqual({ ok: true, method: 'execCommand', openedReply: false });
    expect(calls).toEqual(['insertHTML']);

    const second = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    (second as Document & { execCommand: unknown }).execCommand = () => true;
    const fallback = await insertDraft(second, gmailAdapter, draft, null);
    expect(fallback).toEqual({ ok: true, method: 'range', openedReply: false });
    const text = gmailAdapter.findEditor(second)!.textContent!;
    expect(text.split('Final invoice attached.').length - 1).toBe(1);
  });
});

describe('draft checks (defence in depth)', () => {
  it.each([
    ['<p>hi</p><script>alert(1)</script>', 'script'],
    ['<img src=x onerror=alert(1)>', 'event handler'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', 'script URL'],
    ['<iframe src="https://e.example"></iframe>', 'iframe'],
    ['<object data="x"></object>', 'object'],
    ['<embed src="x">', 'embed'],
    ['<style>body{}</style>', 'style'],
    ['<p>' + 'a'.repeat(200_001) + '</p>', 'longer than'],
  ])('refuses %s', async (html, why) => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const editor = gmailAdapter.findEditor(doc)!;
    const snapshot = editor.innerHTML;
    const result = await insertDraft(doc, gmailAdapter, { html, text: 'x' }, null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('invalid-draft');
      expect(result.detail).toContain(why);
    }
    expect(editor.innerHTML).toBe(snapshot);
  });

  it('accepts ordinary sanitized HTML and plain words like "one = two"', () => {
    expect(checkDraft({ html: '<p>Someone = two; <a href="https://x.example">link</a></p>', text: 'x' })).toBeNull();
    expect(checkDraft({ html: 1, text: 'x' })).toBe('draft.html is not a string');
    expect(checkDraft({ html: '', text: '' })).toBe('the draft is empty');
  });
});

describe('insertDraft in Outlook', () => {
  it('inserts into the inline reply above <div id="Signature"> and tells React with an input event', async () => {
    const { window } = loadFixture('outlook-thread-pl.html', OUTLOOK_URL);
    const doc = window.document;
    const editor = outlookAdapter.findEditor(doc)!;
    expect(editor.closest('[id^="editorParent_"]')).not.toBeNull();
    let inputs = 0;
    doc.body.addEventListener('input', () => (inputs += 1));
    const keys: string[] = [];
    editor.addEventListener('keydown', (event) => keys.push((event as KeyboardEvent).key));
    const result = await insertDraft(doc, outlookAdapter, { html: '<p>Dzień dobry, Pani Anno,</p>', text: 'Dzień dobry, Pani Anno,' }, null);
    expect(result).toEqual({ ok: true, method: 'range', openedReply: false });
    const inserted = findText(editor, 'Dzień dobry, Pani Anno,');
    expect(before(inserted, doc.getElementById('Signature')!)).toBe(true);
    expect(inputs).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(keys).toEqual([]);
  });

  it('opens a reply by its icon and inserts there', async () => {
    const { window } = loadFixture('outlook-thread-noreply-pl.html', OUTLOOK_URL);
    const doc = window.document;
    const replyBox = loadFixture('outlook-thread-pl.html', OUTLOOK_URL).window.document.querySelector('.bQhgx')!;
    const buttons = Array.from(doc.querySelectorAll('[data-icon-name="ArrowReplyRegular"]')).map((icon) => icon.closest('button')!);
    let clicked: Element | null = null;
    for (const button of buttons) {
      button.addEventListener('click', () => {
        clicked = button;
        doc.querySelector('.ZOM9m')!.append(doc.importNode(replyBox, true));
      });
    }
    const result = await insertDraft(doc, outlookAdapter, draft, null);
    expect(result).toEqual({ ok: true, method: 'range', openedReply: true });
    expect(clicked).toBe(buttons[buttons.length - 1]);
    expect(outlookAdapter.findEditor(doc)!.textContent).toContain('Final invoice attached.');
  });

  it('sets an empty subject on a new message', async () => {
    const { window } = loadFixture('outlook-compose-pl.html', 'https://outlook.office.com/mail/deeplink/compose');
    const doc = window.document;
    const result = await insertDraft(doc, outlookAdapter, { ...draft, subject: 'Faktura końcowa' }, null);
    expect(result.ok).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[maxlength="255"]')!.value).toBe('Faktura końcowa');
  });
});
