// @vitest-environment jsdom
/**
 * Against real Gmail and Outlook markup captured by others (../shared/fixtures/real, see its
 * PROVENANCE.md). The folder lives beside the project and is never copied into it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import { insertDraft } from '../../../webmail/insert';
import { outlookAdapter } from '../../../webmail/adapters';
import { availability, REAL_WEBMAIL_MARKUP } from '../../support/optional-data';
import { domFromBody } from './helpers';

const REAL_FIXTURES = REAL_WEBMAIL_MARKUP.path;

const data = availability(REAL_WEBMAIL_MARKUP);

if (data.state === 'required-but-absent') {
  describe('real webmail markup', () => {
    it('is available (required when CI=true)', () => {
      expect.fail(data.reason);
    });
  });
}

// Absent on a developer's clone: the summary reporter prints which suites did not run and why.
describe.runIf(data.state === 'present')('real webmail markup', () => {
  const real = (name: string) => readFileSync(resolve(REAL_FIXTURES, name), 'utf8');
  // Read when a test runs, not when the suite is collected (a skipped suite is still collected).
  const fragments = () => JSON.parse(real('outlook-reading-pane-fragments.json')) as Record<string, string>;
  const outlookDoc = (...names: string[]) => {
    const all = fragments();
    return domFromBody(names.map((n) => all[n]!).join('\n'), 'https://outlook.office.com/mail/inbox').window.document;
  };

  it('finds the Gmail compose body in the 2020 compose dialog and inserts there', async () => {
    const { window } = domFromBody(real('gmail-compose-dialog-2020.html'), 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    const doc = window.document;
    const editor = gmailAdapter.findEditor(doc);
    expect(editor?.id).toBe(':8o');
    expect(gmailAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'new' });
    const subject = gmailAdapter.findSubjectInput(doc, editor!);
    expect(subject?.name).toBe('subjectbox');
    const result = await insertDraft(doc, gmailAdapter, { html: '<p>Dziękuję za współpracę.</p>', text: 'Dziękuję za współpracę.', subject: 'Faktura końcowa' }, null);
    expect(result).toEqual({ ok: true, method: 'range', openedReply: false });
    expect(editor!.textContent).toContain('Dziękuję za współpracę.');
    expect(subject!.value).toBe('Faktura końcowa');
  });

  it('in the real 2020 compose dialog, only the body is an editor; without its subject the URL says new', () => {
    const { window } = domFromBody(real('gmail-compose-dialog-2020.html'), 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    const doc = window.document;
    expect(gmailAdapter.findEditors!(doc).map((editor) => editor.id)).toEqual([':8o']);
    expect(doc.querySelector('textarea[name="to"]')).not.toBeNull();
    doc.querySelector('input[name="subjectbox"]')!.remove();
    expect(gmailAdapter.readContext(doc).compose).toEqual({ open: true, kind: 'new' });
  });

  it('reads the sender ("Von:"), body and conversation id from the German Outlook reading pane', () => {
    const context = outlookAdapter.readContext(outlookDoc('readingPaneWithActions', 'userMailbox'));
    expect(context.threadId).toBe('AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7');
    expect(context.userEmail).toBe('toberndo@outlook.com');
    expect(context.messages).toHaveLength(1);
    expect(context.messages[0]!.from).toEqual({ email: 'sender@example.com' });
    expect(context.messages[0]!.text).toBe('This is a regular message body.');
    expect(context.participants).toEqual([
      { email: 'sender@example.com', role: 'sender' },
      { email: 'recipient@example.com', role: 'recipient' },
    ]);
  });

  it('reads the English "From:" sender and body in #ConversationReadingPaneContainer', () => {
    const context = outlookAdapter.readContext(outlookDoc('readingPaneWithPGP'));
    expect(context.messages[0]!.from.email).toBe('sender@example.com');
    expect(context.messages[0]!.text).toContain('-----BEGIN PGP MESSAGE-----');
  });

  it('reports the sender as missing when the page shows none', () => {
    const context = outlookAdapter.readContext(outlookDoc('readingPaneMinimal'));
    expect(context.messages[0]!.text).toBe('Message content');
    expect(context.missing).toContain('senderEmail');
  });

  it('opens a reply through the real toolbar icon (German labels)', async () => {
    const doc = outlookDoc('readingPaneWithActions');
    const reply = doc.querySelector('[data-icon-name="ArrowReplyRegular"]')!.closest('button')!;
    reply.addEventListener('click', () => {
      const editor = doc.createElement('div');
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('aria-multiline', 'true');
      doc.querySelector('[data-app-section="MailReadCompose"]')!.append(editor);
    });
    const editor = await outlookAdapter.openReply(doc);
    expect(editor?.getAttribute('role')).toBe('textbox');
  });
});
