// @vitest-environment jsdom
/** Product fixes found with the hostile corpus, each pinned by a test that failed before it. */
import { describe, expect, it } from 'vitest';
import { findEmail } from '../../../webmail/dom';
import { checkDraft, parseDraftHtml } from '../../../webmail/insert';
import { outlookAdapter } from '../../../webmail/adapters';
import { loadFixture, OUTLOOK_URL } from '../webmail/helpers';

describe('findEmail', () => {
  it('finds the same leftmost address as before', () => {
    expect(findEmail('Anna Nowak <Anna.Nowak@Client.PL>')).toBe('anna.nowak@client.pl');
    expect(findEmail('mailto:a.b+c@x.co.uk, d@e.pl')).toBe('a.b+c@x.co.uk');
    expect(findEmail("o'brien@example.ie")).toBe("o'brien@example.ie");
    expect(findEmail('no address here')).toBeUndefined();
    expect(findEmail('at@ but no domain')).toBeUndefined();
  });

  it('returns at once on a 100 000-character run without an address (it used to scan it quadratically: ~15 s)', () => {
    expect(findEmail('A'.repeat(100_000))).toBeUndefined();
    expect(findEmail('a.'.repeat(50_000))).toBeUndefined();
    expect(findEmail(`${'x'.repeat(100_000)} Mark <mark@brightfield.co.uk>`)).toBe('mark@brightfield.co.uk');
  });
});

describe('Outlook sender behind a long display name', () => {
  it('still reads the address when the name is longer than the text bound', () => {
    const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
    const doc = window.document;
    const name = `Mark ${'Davies '.repeat(80)}`;
    const from = doc.querySelectorAll('[aria-label^="From:"]')[2]!;
    from.setAttribute('aria-label', `From: ${name}`);
    from.querySelector('.OZZZK')!.textContent = name;
    const context = outlookAdapter.readContext(doc);
    expect(context.messages[2]!.from.email).toBe('mark.davies@brightfield.co.uk');
    expect(context.missing).not.toContain('senderEmail');
  });
});

describe('checkDraft and text that mentions a scheme', () => {
  it('accepts a draft whose text says "javascript:" (e.g. a thread about a bug)', () => {
    const draft = { html: '<p>Re: fix for javascript: links &lt;a href&gt; in the menu</p>', text: 'Re: fix for javascript: links <a href> in the menu' };
    expect(checkDraft(draft)).toBeNull();
    expect(parseDraftHtml(document, draft.html)).not.toHaveProperty('error');
  });

  it('still refuses the scheme inside a tag', () => {
    expect(checkDraft({ html: '<p><a href="javascript:alert(1)">x</a></p>', text: 'x' })).toBe('draft.html contains a javascript: URL');
    expect(checkDraft({ html: '<p><a title="x" href = " JavaScript :alert(1)">x</a></p>', text: 'x' })).toBe('draft.html contains a javascript: URL');
  });
});
