// @vitest-environment jsdom
/**
 * Real-shaped Gmail threads: earlier messages collapsed (header, no body), some folded into the
 * "N older messages" bar, the newest one the user's own. See /work/shared/WEBMAIL.md.
 */
import { describe, expect, it } from 'vitest';
import { isConversationClient, otherParty } from '../../../components/sidebar/conversation';
import { gmailAdapter } from '../../../webmail/adapters';
import { contextKey } from '../../../webmail/watch';
import { GMAIL_URL, loadFixture } from './helpers';

const local = (iso: string | undefined) => {
  if (!iso) return undefined;
  const d = new Date(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe('Gmail thread with collapsed and folded messages (English UI)', () => {
  const load = () => loadFixture('gmail-thread-collapsed-en.html', GMAIL_URL).window.document;

  it('reads every shown message: senders and dates from collapsed headers, the body only where shown', () => {
    const context = gmailAdapter.readContext(load());
    expect(context.threadId).toBe('18d4c2a1b2c3d401');
    expect(context.messages.map((m) => m.from)).toEqual([
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' },
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' },
      { name: 'Sam Taylor', email: 'sam.taylor@northlight.studio' },
    ]);
    expect(context.messages.map((m) => m.dateText)).toEqual([
      'Mon, Mar 4, 2024, 9:15 AM',
      'Tue, Mar 5, 2024, 10:02 AM',
      'Tue, Mar 5, 2024, 4:20 PM',
    ]);
    expect(context.messages.map((m) => local(m.date))).toEqual([
      [2024, 3, 4, 9, 15],
      [2024, 3, 5, 10, 2],
      [2024, 3, 5, 16, 20],
    ]);
    expect(context.messages.map((m) => m.collapsed ?? false)).toEqual([true, true, false]);
    // A collapsed message's body is not shown: no text, not even the one-line snippet.
    expect(context.messages[0]!.text).toBe('');
    expect(context.messages[2]!.id).toBe('msg-a:r-1789000000000000005');
    expect(context.foldedMessages).toBe(2);
    expect(context.missing).toEqual(['compose']);
  });

  it('recognises the client from an earlier sender when the newest message is the user\'s own', () => {
    const context = gmailAdapter.readContext(load());
    expect(otherParty(context)).toEqual({ name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' });
    expect(isConversationClient({ emails: [], domains: ['brightfield.co.uk'] }, context)).toBe(true);
    expect(context.participants).toEqual([
      { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk', role: 'sender' },
      { name: 'Sam Taylor', email: 'sam.taylor@northlight.studio', role: 'me' },
      { name: 'Brightfield Accounts', email: 'accounts@brightfield.co.uk', role: 'recipient' },
    ]);
  });

  it("keeps the newest message's quoted history and signature out of its own text", () => {
    const text = gmailAdapter.readContext(load()).messages[2]!.text;
    expect(text).toContain('Attached is the final invoice for March');
    expect(text).toContain('Thank you for the good years of working together.');
    expect(text).not.toContain('Please send the final invoice to our accounts team');
    expect(text).not.toContain('wrote:');
    expect(text).not.toContain('+44 20 7946 0321');
  });

  it('expands nothing on the user\'s behalf: no click, no change to the page', () => {
    const doc = load();
    const before = doc.body.innerHTML;
    const events: string[] = [];
    for (const type of ['click', 'mousedown', 'mouseup', 'keydown', 'focusin']) {
      doc.addEventListener(type, () => events.push(type), true);
    }
    gmailAdapter.readContext(doc);
    gmailAdapter.readOutline!(doc);
    expect(events).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('the outline agrees with the full read', () => {
    const doc = load();
    expect(contextKey(gmailAdapter.readOutline!(doc))).toBe(contextKey(gmailAdapter.readContext(doc)));
  });

  it('reads a folded message whose header Gmail did render, and counts the rest', () => {
    const doc = load();
    const folded = doc.querySelectorAll('div.kQ')[1]!;
    const header = doc.querySelector('div.kv div.adf')!.cloneNode(true) as Element;
    header.querySelector('span.gD')!.setAttribute('email', 'anna@brightfield.co.uk');
    header.querySelector('span.gD')!.setAttribute('name', 'Anna Lee');
    header.querySelector('span.g3')!.setAttribute('title', 'Mon, Mar 4, 2024, 11:00 AM');
    folded.querySelector('.G3')!.append(header);
    const context = gmailAdapter.readContext(doc);
    expect(context.messages.map((m) => m.from.email)).toEqual([
      'mark.davies@brightfield.co.uk',
      'anna@brightfield.co.uk',
      'mark.davies@brightfield.co.uk',
      'sam.taylor@northlight.studio',
    ]);
    expect(context.foldedMessages).toBe(1);
  });
});

describe('Gmail thread with collapsed messages (Russian UI)', () => {
  it('reads senders and Russian dates from the collapsed headers', () => {
    const { window } = loadFixture('gmail-thread-collapsed-ru.html', GMAIL_URL);
    const context = gmailAdapter.readContext(window.document);
    expect(context.messages.map((m) => m.from.email)).toEqual([
      'ivan.petrov@stroymarket.ru',
      'olga.smirnova@northlight.studio',
      'olga.smirnova@northlight.studio',
    ]);
    expect(context.messages.map((m) => local(m.date))).toEqual([
      [2019, 12, 26, 22, 53],
      [2019, 12, 27, 9, 41],
      [2019, 12, 30, 15, 7],
    ]);
    expect(context.messages[2]!.text).toContain('Отправляю итоговый счёт');
    expect(otherParty(context)).toEqual({ name: 'Иван Петров', email: 'ivan.petrov@stroymarket.ru' });
    expect(context.language).toBe('other');
  });
});

describe('Gmail thread with collapsed messages (Polish UI)', () => {
  it('reads Polish dates from collapsed headers and keeps the quoted "… napisał(a):" history out', () => {
    const { window } = loadFixture('gmail-thread-collapsed-pl.html', GMAIL_URL);
    const context = gmailAdapter.readContext(window.document);
    expect(context.messages.map((m) => m.from.email)).toEqual([
      'anna.nowak@sklep-lesny.pl',
      'anna.nowak@sklep-lesny.pl',
      'ola@studio-kowalska.pl',
    ]);
    expect(context.messages.map((m) => local(m.date))).toEqual([
      [2024, 3, 4, 9, 15],
      [2024, 3, 5, 10, 2],
      [2024, 3, 5, 16, 20],
    ]);
    const own = context.messages[2]!.text;
    expect(own).toContain('w załączniku przesyłam fakturę końcową');
    expect(own).not.toContain('napisał(a)');
    expect(own).not.toContain('Proszę przesłać fakturę');
    expect(own).not.toContain('+48 601 234 567');
    expect(context.foldedMessages).toBe(2);
    expect(context.language).toBe('pl');
    expect(otherParty(context)).toEqual({ name: 'Anna Nowak', email: 'anna.nowak@sklep-lesny.pl' });
  });
});

describe('a long thread of collapsed messages', () => {
  /** 100 messages: the client's first, then 94 collapsed and 5 expanded ones of the user's own. */
  function longThread(): Document {
    const doc = loadFixture('gmail-thread-collapsed-en.html', GMAIL_URL).window.document;
    const list = doc.querySelector('[role="list"]')!;
    const [clientItem, , , , ownItem] = Array.from(list.children);
    const ownCollapsed = clientItem!.cloneNode(true) as Element;
    ownCollapsed.querySelector('span.gD')!.setAttribute('email', 'sam.taylor@northlight.studio');
    ownCollapsed.querySelector('span.gD')!.setAttribute('name', 'Sam Taylor');
    ownItem!.querySelector('.hb')!.remove();
    list.replaceChildren(clientItem!);
    for (let n = 2; n <= 95; n += 1) list.append(ownCollapsed.cloneNode(true));
    for (let n = 96; n <= 100; n += 1) {
      const item = ownItem!.cloneNode(true) as Element;
      item.querySelector('div.adn')!.setAttribute('data-message-id', `#msg-${n}`);
      list.append(item);
    }
    return doc;
  }

  it('reads the latest 20 and still names the client who wrote the first message', () => {
    const context = gmailAdapter.readContext(longThread());
    expect(context.messages).toHaveLength(20);
    expect(context.messages.filter((m) => m.collapsed)).toHaveLength(15);
    expect(context.messages.every((m) => m.from.email === 'sam.taylor@northlight.studio')).toBe(true);
    expect(otherParty(context)).toEqual({ name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' });
  });
});
