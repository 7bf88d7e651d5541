// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import { gmailUserEmail } from '../../../webmail/gmail';
import { outlookAdapter } from '../../../webmail/adapters';
import { isOutlookDocument } from '../../../webmail/outlook';
import { MAX_MESSAGE_TEXT } from '../../../webmail/types';
import { GMAIL_URL, loadFixture, OUTLOOK_URL } from './helpers';

describe('Gmail context', () => {
  it('reads the English thread: subject, thread id, messages, participants, user, language, reply box', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const context = gmailAdapter.readContext(window.document);
    expect(context.provider).toBe('gmail');
    expect(context.subject).toBe('Ending our website retainer – final invoice');
    expect(context.threadId).toBe('18d4c2a1b2c3d401');
    expect(context.userEmail).toBe('sam.taylor@northlight.studio');
    expect(context.messages.map((m) => m.id)).toEqual([
      'msg-f:1789000000000000001',
      'msg-f:1789000000000000002',
      'msg-f:1789000000000000003',
    ]);
    expect(context.messages[0]!.from).toEqual({ name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' });
    expect(context.messages[1]!.from.email).toBe('sam.taylor@northlight.studio');
    expect(context.messages[2]!.dateText).toBe('Tue, Mar 5, 2024, 10:02 AM');
    const date = new Date(context.messages[2]!.date!);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2024, 2, 5, 10, 2]);
    expect(context.messages[0]!.text).toContain('decided not to renew the website retainer');
    expect(context.messages[0]!.text.startsWith('Hi Sam,\n')).toBe(true);
    expect(context.participants).toEqual([
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk', role: 'sender' },
      { name: 'Sam Taylor', email: 'sam.taylor@northlight.studio', role: 'me' },
      { name: 'Brightfield Accounts', email: 'accounts@brightfield.co.uk', role: 'recipient' },
    ]);
    expect(context.language).toBe('en');
    expect(context.compose).toEqual({ open: true, kind: 'reply' });
    expect(context.missing).toEqual([]);
    expect(context.url).toBe(GMAIL_URL);
  });

  it('reads the Polish thread with Polish UI labels and dates', () => {
    const { window } = loadFixture('gmail-thread-pl.html', GMAIL_URL);
    const context = gmailAdapter.readContext(window.document);
    expect(context.subject).toBe('Zakończenie współpracy – faktura końcowa');
    expect(context.userEmail).toBe('ola@studio-kowalska.pl');
    expect(context.messages).toHaveLength(3);
    expect(context.messages[2]!.from).toEqual({ name: 'Anna Nowak', email: 'anna.nowak@sklep-lesny.pl' });
    const date = new Date(context.messages[0]!.date!);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2024, 2, 4, 9, 15]);
    expect(context.messages[2]!.text).toContain('fakturę końcową');
    expect(context.language).toBe('pl');
    expect(context.compose).toEqual({ open: true, kind: 'reply' });
    expect(context.participants.find((p) => p.role === 'me')?.email).toBe('ola@studio-kowalska.pl');
    expect(context.missing).toEqual([]);
  });

  it('never reads the hidden stale thread Gmail keeps in the page', () => {
    const { window } = loadFixture('gmail-thread-stale-en.html', GMAIL_URL);
    const doc = window.document;
    expect(doc.querySelectorAll('h2.hP')).toHaveLength(2);
    expect(doc.querySelector('h2.hP')!.textContent).toBe('Website retainer renewal 2023');
    const context = gmailAdapter.readContext(doc);
    expect(context.subject).toBe('Ending our website retainer – final invoice');
    expect(context.threadId).toBe('18d4c2a1b2c3d401');
    expect(context.messages).toHaveLength(3);
    expect(JSON.stringify(context)).not.toContain('stale-thread.example');
    expect(JSON.stringify(context)).not.toContain('Stale message');
  });

  it('sees no open compose in the thread without a reply box', () => {
    const { window } = loadFixture('gmail-thread-noreply-en.html', GMAIL_URL);
    const context = gmailAdapter.readContext(window.document);
    expect(context.compose).toEqual({ open: false });
    expect(context.missing).toEqual(['compose']);
    expect(gmailAdapter.findEditor(window.document)).toBeNull();
  });

  it.each([
    ['gmail-compose-en.html', 'sam.taylor@northlight.studio'],
    ['gmail-compose-pl.html', 'ola@studio-kowalska.pl'],
  ])('reads a new-message dialog (%s) as a new compose with no thread', (fixture, user) => {
    const { window } = loadFixture(fixture, 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    const context = gmailAdapter.readContext(window.document);
    expect(context.compose).toEqual({ open: true, kind: 'new' });
    expect(context.userEmail).toBe(user);
    expect(context.threadId).toBeUndefined();
    expect(context.messages).toEqual([]);
    expect(context.missing).toEqual(expect.arrayContaining(['threadId', 'subject', 'messages', 'participants']));
    expect(context.missing).not.toContain('compose');
  });

  it('takes the thread id from the URL when the heading has no id attributes', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const heading = window.document.querySelectorAll('h2.hP')[0]!;
    heading.removeAttribute('data-legacy-thread-id');
    heading.removeAttribute('data-thread-perm-id');
    expect(gmailAdapter.readContext(window.document).threadId).toBe('FMfcgzQVxHkdLbRwMqCjXsvJtLpQwZbn');
  });

  it('finds the user address only in a title part that is an address', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    window.document.title = 'Re: call me at x@y - Inbox (2) - Ola@Studio.pl - Gmail';
    expect(gmailUserEmail(window.document)).toBe('ola@studio.pl');
    window.document.title = 'Gmail';
    expect(gmailUserEmail(window.document)).toBeUndefined();
  });

  it('reports missing fields instead of throwing on a changed page', () => {
    const { window } = loadFixture('gmail-thread-en.html', 'https://mail.google.com/mail/u/0/#inbox');
    for (const el of Array.from(window.document.querySelectorAll('h2.hP, div.adn, [g_editable]'))) el.remove();
    window.document.title = 'Gmail';
    const context = gmailAdapter.readContext(window.document);
    expect(context.missing).toEqual(['threadId', 'subject', 'participants', 'messages', 'userEmail', 'senderEmail', 'compose']);
    expect(context.language).toBe('other');
  });

  it('keeps hostile page content as plain text and creates no elements', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const sender = doc.querySelector('span.gD')!;
    sender.setAttribute('name', '<img src=x onerror=alert(1)>');
    const body = doc.querySelector('div.a3s')!;
    body.textContent = '<script>alert(1)</script> Hello';
    const before = doc.getElementsByTagName('*').length;
    const context = gmailAdapter.readContext(doc);
    expect(context.messages[0]!.from.name).toBe('<img src=x onerror=alert(1)>');
    expect(context.messages[0]!.text).toBe('<script>alert(1)</script> Hello');
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelector('script, img[src="x"]')).toBeNull();
  });

  it('bounds message text and the number of messages', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    doc.querySelector('div.a3s')!.textContent = 'word '.repeat(5000);
    const list = doc.querySelector('[role="list"]')!;
    const template = list.querySelector('[role="listitem"]')!;
    for (let i = 0; i < 30; i += 1) {
      const copy = template.cloneNode(true) as Element;
      copy.querySelector('div.adn')!.setAttribute('data-message-id', `#msg-f:extra-${i}`);
      list.append(copy);
    }
    const context = gmailAdapter.readContext(doc);
    expect(context.messages).toHaveLength(20);
    expect(context.messages[19]!.id).toBe('msg-f:extra-29');
    expect(context.messages.every((m) => m.text.length <= MAX_MESSAGE_TEXT)).toBe(true);
  });
});

describe('Outlook context', () => {
  it('recognises Outlook hosts and custom OWA domains', () => {
    expect(isOutlookDocument(loadFixture('outlook-thread-en.html', OUTLOOK_URL).window.document)).toBe(true);
    const custom = loadFixture('outlook-thread-en.html', 'https://mail.example-corp.com/owa/');
    expect(isOutlookDocument(custom.window.document)).toBe(false);
    const meta = custom.window.document.createElement('meta');
    meta.setAttribute('content', 'https://mail.example-corp.com/owamail/20240301.05/');
    custom.window.document.head.append(meta);
    expect(isOutlookDocument(custom.window.document)).toBe(true);
  });

  it('recognises on-premises Exchange OWA at a company address by what it loads, not by host', () => {
    const onPrem = loadFixture('outlook-thread-en.html', 'https://poczta.example-company.pl/owa/');
    const doc = onPrem.window.document;
    expect(isOutlookDocument(doc)).toBe(false);
    const style = doc.createElement('link');
    style.setAttribute('rel', 'stylesheet');
    style.setAttribute('href', '/owa/prem/15.2.1544.4/resources/styles/0/boot.worldwide.mouse.css');
    doc.head.append(style);
    expect(isOutlookDocument(doc)).toBe(true);
    // The same path inside a message body (an image) is not the page's own.
    style.remove();
    const image = doc.createElement('img');
    image.setAttribute('src', 'https://r1.res.office365.com/owa/prem/images/dc-jpg_20.png');
    doc.body.append(image);
    expect(isOutlookDocument(doc)).toBe(false);
  });

  it('reads the English thread with its inline reply', () => {
    const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
    const context = outlookAdapter.readContext(window.document);
    expect(context.provider).toBe('outlook');
    expect(context.threadId).toBe('AAQkADAwATM0MDAAMS1iNTcwLWI2ZWYtMDACLTAwCgAQAMb4z0qRk1NJvS3DqM2LQ9o=');
    expect(context.subject).toBe('Ending our website retainer – final invoice');
    expect(context.userEmail).toBe('sam.taylor@northlight.studio');
    expect(context.messages).toHaveLength(3);
    expect(context.messages[0]!.from).toEqual({ name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' });
    expect(context.messages[0]!.text).toContain('decided not to renew');
    const date = new Date(context.messages[0]!.date!);
    expect([date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2, 4, 9, 15]);
    expect(context.participants).toEqual([
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk', role: 'sender' },
      { name: 'Sam Taylor', email: 'sam.taylor@northlight.studio', role: 'me' },
      { name: 'Brightfield Accounts', email: 'accounts@brightfield.co.uk', role: 'recipient' },
    ]);
    expect(context.language).toBe('en');
    expect(context.compose).toEqual({ open: true, kind: 'reply' });
    expect(context.missing).toEqual([]);
  });

  it('reads the Polish thread ("Od:" labels, dd.mm.yyyy dates)', () => {
    const { window } = loadFixture('outlook-thread-pl.html', OUTLOOK_URL);
    const context = outlookAdapter.readContext(window.document);
    expect(context.subject).toBe('Zakończenie współpracy – faktura końcowa');
    expect(context.userEmail).toBe('ola@studio-kowalska.pl');
    expect(context.messages.map((m) => m.from.email)).toEqual([
      'anna.nowak@sklep-lesny.pl',
      'ola@studio-kowalska.pl',
      'anna.nowak@sklep-lesny.pl',
    ]);
    const date = new Date(context.messages[2]!.date!);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2024, 2, 5, 10]);
    expect(context.language).toBe('pl');
    expect(context.compose).toEqual({ open: true, kind: 'reply' });
    expect(context.participants.map((p) => p.role)).toEqual(['sender', 'me', 'recipient']);
  });

  it('finds the sender by structure when the "From:" label is in an unknown language', () => {
    const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
    for (const el of Array.from(window.document.querySelectorAll('[aria-label^="From:"]'))) {
      el.setAttribute('aria-label', `Fra mittente: ${el.textContent}`);
    }
    const context = outlookAdapter.readContext(window.document);
    expect(context.messages[0]!.from).toEqual({ name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' });
  });

  it('sees no compose in the Polish thread without a reply box', () => {
    const { window } = loadFixture('outlook-thread-noreply-pl.html', OUTLOOK_URL);
    const context = outlookAdapter.readContext(window.document);
    expect(context.compose).toEqual({ open: false });
    expect(context.messages).toHaveLength(3);
    expect(context.missing).toEqual(['compose']);
  });

  it.each(['outlook-compose-en.html', 'outlook-compose-pl.html'])('reads %s as a new message', (fixture) => {
    const { window } = loadFixture(fixture, 'https://outlook.office.com/mail/deeplink/compose');
    const context = outlookAdapter.readContext(window.document);
    expect(context.compose).toEqual({ open: true, kind: 'new' });
    expect(context.threadId).toBeUndefined();
    expect(context.messages).toEqual([]);
    const editor = outlookAdapter.findEditor(window.document)!;
    expect(editor.getAttribute('aria-multiline')).toBe('true');
    expect(outlookAdapter.findSubjectInput(window.document, editor)?.maxLength).toBe(255);
  });

  it('takes the conversation id from the URL when the list has no selection', () => {
    const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
    window.document.querySelector('[aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    expect(outlookAdapter.readContext(window.document).threadId).toBe(
      'AAQkADAwATM0MDAAMS1iNTcwLWI2ZWYtMDACLTAwCgAQAMb4z0qRk1NJvS3DqM2LQ9o=',
    );
  });

  it('keeps hostile names and bodies as text', () => {
    const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
    const doc = window.document;
    const from = doc.querySelector('[aria-label^="From:"]')!;
    from.setAttribute('aria-label', 'From: <img src=x onerror=alert(1)> <evil@x.io>');
    doc.querySelector('[id^="UniqueMessageBody_"]')!.textContent = '<script>alert(1)</script>';
    const count = doc.getElementsByTagName('*').length;
    const context = outlookAdapter.readContext(doc);
    expect(context.messages[0]!.text).toBe('<script>alert(1)</script>');
    expect(context.messages[0]!.from.email).toBe('evil@x.io');
    expect(doc.getElementsByTagName('*').length).toBe(count);
  });
});
