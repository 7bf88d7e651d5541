// @vitest-environment jsdom
/**
 * Participants, senders and dates come from message headers only: a body is foreign HTML and can
 * hold elements that look like the webmail's own (WEBMAIL.md, "Recipients inside bodies").
 */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import { outlookAdapter } from '../../../webmail/adapters';
import { GMAIL_URL, loadFixture, OUTLOOK_URL } from './helpers';

const LOOKALIKES =
  '<span class="g2" email="phish@evil.example" name="Evil Recipient">x</span>' +
  '<span class="gD" email="spoof@evil.example" name="Evil Sender">y</span>' +
  '<span class="g3" title="Fri, Jan 1, 2021, 1:00 AM">z</span>';

describe('Gmail reads people from the header, never from inside a body', () => {
  it('ignores recipient-like spans inside a message body', () => {
    const doc = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    const body = doc.querySelector('div.a3s')!;
    body.insertAdjacentHTML('beforeend', `<div>${LOOKALIKES}</div>`);
    const context = gmailAdapter.readContext(doc);
    expect(JSON.stringify(context.participants)).not.toContain('evil.example');
    expect(context.messages[0]!.from.email).toBe('mark.davies@brightfield.co.uk');
  });

  it('does not take a sender or date from the body when the header shows none', () => {
    const doc = loadFixture('gmail-thread-en.html', GMAIL_URL).window.document;
    const message = doc.querySelectorAll('div.adn')[0]!;
    message.querySelector('div.gE span.gD')!.remove();
    message.querySelector('div.gE span.g3')!.remove();
    message.querySelector('div.a3s')!.insertAdjacentHTML('afterbegin', `<div>${LOOKALIKES}</div>`);
    const read = gmailAdapter.readContext(doc).messages[0]!;
    expect(read.from).toEqual({});
    expect(read.dateText).toBeUndefined();
  });
});

describe('Outlook reads people from the header, never from inside a body', () => {
  it('ignores a recipient well and a time inside a message body', () => {
    const doc = loadFixture('outlook-thread-en.html', OUTLOOK_URL).window.document;
    const first = doc.querySelector('[id^="UniqueMessageBody_"]')!;
    const item = first.closest('.aVla3')!;
    item.querySelector('[data-testid="RecipientWell"]')!.remove();
    item.querySelector('[data-testid="SentReceivedSavedTime"]')!.remove();
    first.insertAdjacentHTML(
      'beforeend',
      '<div data-testid="RecipientWell">To: Evil &lt;phish@evil.example&gt;</div><div data-testid="SentReceivedSavedTime">Fri 1/1/2021 1:00 AM</div>',
    );
    const context = outlookAdapter.readContext(doc);
    expect(JSON.stringify(context.participants)).not.toContain('evil.example');
    expect(context.messages[0]!.dateText).toBeUndefined();
  });
});
