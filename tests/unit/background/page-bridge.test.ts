import { describe, expect, it } from 'vitest';
import { whoAmI } from '../../../background/page-bridge';

const ORIGIN = 'chrome-extension://abc/';

describe('tab.whoami', () => {
  it('answers an extension page framed into a tab with its tab id', () => {
    expect(whoAmI({ id: 'abc', url: `${ORIGIN}sidebar.html`, tab: { id: 42 } }, 'abc', ORIGIN)).toEqual({ tabId: 42 });
  });

  it('refuses another extension', () => {
    expect(() => whoAmI({ id: 'evil', url: `${ORIGIN}sidebar.html`, tab: { id: 1 } }, 'abc', ORIGIN)).toThrow(/not from this extension/);
  });

  it('refuses a content script (its url is the webmail page)', () => {
    expect(() => whoAmI({ id: 'abc', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } }, 'abc', ORIGIN)).toThrow(/only extension pages/);
  });

  it('refuses a page that is not framed into a tab (popup)', () => {
    expect(() => whoAmI({ id: 'abc', url: `${ORIGIN}popup.html` }, 'abc', ORIGIN)).toThrow(/not framed into a tab/);
  });
});
