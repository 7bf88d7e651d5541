import { describe, expect, it } from 'vitest';
import { whoAmIHandler } from '../../../background/page-bridge';

const ORIGIN = 'chrome-extension://abc/';
const whoami = whoAmIHandler({ id: 'abc', getURL: (path) => ORIGIN + path.replace(/^\//, '') });

describe('tab.whoami', () => {
  it('answers an extension page framed into a tab with its tab id', () => {
    expect(whoami({ data: {}, sender: { id: 'abc', url: `${ORIGIN}sidebar.html`, tab: { id: 42 } } })).toEqual({ tabId: 42 });
  });

  it('refuses another extension', () => {
    expect(() => whoami({ data: {}, sender: { id: 'evil', url: `${ORIGIN}sidebar.html`, tab: { id: 1 } } })).toThrow(/another extension/);
  });

  it('refuses a content script (its url is the webmail page)', () => {
    expect(() => whoami({ data: {}, sender: { id: 'abc', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } } })).toThrow(/content scripts and web pages cannot send it/);
  });

  it('refuses a page that is not framed into a tab (popup, or the sidebar opened as a tab of its own)', () => {
    expect(() => whoami({ data: {}, sender: { id: 'abc', url: `${ORIGIN}popup.html` } })).toThrow(/only the sidebar/);
    expect(() => whoami({ data: {}, sender: { id: 'abc', url: `${ORIGIN}sidebar.html` } })).toThrow(/not framed into a tab/);
  });

  it('refuses a request with anything in it', () => {
    expect(() => whoami({ data: { tabId: 3 }, sender: { id: 'abc', url: `${ORIGIN}sidebar.html`, tab: { id: 42 } } })).toThrow(/Invalid request for "tab.whoami"/);
  });
});
