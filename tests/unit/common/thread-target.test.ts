import { describe, expect, it } from 'vitest';
import { clientIdFromHash, clientTarget, safeThreadUrl } from '../../../common/thread-target';

const OPTIONS = 'chrome-extension://abc/options.html';

describe('click targets', () => {
  it('opens a Gmail or Outlook thread link', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcg';
    expect(clientTarget({ clientId: 'c1', thread: { provider: 'gmail', threadId: 't', url } }, OPTIONS)).toBe(url);
    expect(safeThreadUrl({ provider: 'outlook', threadId: 't', url: 'https://outlook.office.com/mail/id/AAQ' })).toBe(
      'https://outlook.office.com/mail/id/AAQ',
    );
  });

  it('refuses links that are not https webmail and falls back to the client card', () => {
    for (const url of ['javascript:alert(1)', 'http://mail.google.com/x', 'https://evil.example/mail', 'https://u:p@mail.google.com/', 'not a url']) {
      expect(safeThreadUrl({ provider: 'gmail', threadId: 't', url })).toBeNull();
    }
    expect(clientTarget({ clientId: 'a b', thread: { provider: 'gmail', threadId: 't', url: 'javascript:x' } }, OPTIONS)).toBe(
      `${OPTIONS}#client=a%20b`,
    );
    expect(clientTarget({ clientId: 'c1' }, OPTIONS)).toBe(`${OPTIONS}#client=c1`);
  });

  it('opens a thread at a company address only while its exact grant stands', () => {
    const url = 'https://poczta.firma.pl/owa/#path=/mail/inbox/rp';
    const thread = { provider: 'outlook' as const, threadId: 't', url };
    expect(safeThreadUrl(thread)).toBeNull();
    expect(safeThreadUrl(thread, ['https://poczta.firma.pl/*'])).toBe(url);
    expect(clientTarget({ clientId: 'c1', thread }, OPTIONS, ['https://poczta.firma.pl/*'])).toBe(url);
    // Another company's grant, a wider pattern, a sub-domain or a port do not open it.
    expect(safeThreadUrl(thread, ['https://mail.other.pl/*'])).toBeNull();
    expect(safeThreadUrl(thread, ['https://*/*', '<all_urls>', 'https://*.firma.pl/*'])).toBeNull();
    expect(safeThreadUrl({ ...thread, url: 'https://evil.poczta.firma.pl/owa/' }, ['https://poczta.firma.pl/*'])).toBeNull();
    expect(safeThreadUrl({ ...thread, url: 'https://poczta.firma.pl:8443/owa/' }, ['https://poczta.firma.pl/*'])).toBeNull();
    expect(safeThreadUrl({ ...thread, url: 'http://poczta.firma.pl/owa/' }, ['https://poczta.firma.pl/*'])).toBeNull();
  });

  it('reads the client id back from the hash', () => {
    expect(clientIdFromHash('#client=a%20b')).toBe('a b');
    expect(clientIdFromHash('#other')).toBeNull();
    expect(clientIdFromHash('#client=%E0%A4%A')).toBeNull();
  });
});
