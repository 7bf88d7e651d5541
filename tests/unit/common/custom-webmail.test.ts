import { describe, expect, it } from 'vitest';
import { grantedWebmailPatterns, hostOfPattern, originOfPattern, parseWebmailAddress, WEBMAIL_ADDRESS_MAX_LENGTH } from '../../../common/custom-webmail';

const accepted = (typed: string) => {
  const parsed = parseWebmailAddress(typed);
  if (!parsed.ok) throw new Error(`"${typed}" was refused: ${parsed.problem}`);
  return parsed.pattern;
};
const problem = (typed: string) => {
  const parsed = parseWebmailAddress(typed);
  return parsed.ok ? `accepted as ${parsed.pattern}` : parsed.problem;
};

describe('a company webmail address typed on the options page', () => {
  it('becomes one exact https origin, whether a domain or a full URL was typed', () => {
    expect(accepted('poczta.firma.pl')).toBe('https://poczta.firma.pl/*');
    expect(accepted('  https://Poczta.Firma.PL/owa/#path=/mail  ')).toBe('https://poczta.firma.pl/*');
    expect(accepted('poczta.firma.pl/owa/?ae=Folder')).toBe('https://poczta.firma.pl/*');
    expect(accepted('https://poczta.firma.pl:443/owa/')).toBe('https://poczta.firma.pl/*');
    expect(accepted('poczta.firma.pl.')).toBe('https://poczta.firma.pl/*');
    // An intranet name and an address: both are mail servers people use.
    expect(accepted('mail')).toBe('https://mail/*');
    expect(accepted('10.0.0.25')).toBe('https://10.0.0.25/*');
    // An internationalised name is asked for in the form the browser matches (punycode).
    expect(accepted('poczta.żółw.pl')).toBe('https://poczta.xn--w-uga1v8h.pl/*');
    const full = parseWebmailAddress('https://poczta.firma.pl/owa/');
    expect(full).toEqual({ ok: true, origin: 'https://poczta.firma.pl', pattern: 'https://poczta.firma.pl/*', host: 'poczta.firma.pl' });
  });

  it('refuses what would grant more, or something else, than the address typed', () => {
    expect(problem('')).toBe('empty');
    expect(problem('   ')).toBe('empty');
    expect(problem('x'.repeat(WEBMAIL_ADDRESS_MAX_LENGTH + 1))).toBe('too-long');
    expect(problem('*.firma.pl')).toBe('wildcard');
    expect(problem('https://*/*')).toBe('wildcard');
    expect(problem('poczta.*.pl')).toBe('wildcard');
    expect(problem('http://poczta.firma.pl/owa/')).toBe('not-https');
    expect(problem('ftp://poczta.firma.pl')).toBe('not-https');
    expect(problem('javascript:alert(1)')).toBe('not-https');
    expect(problem('file:///etc/passwd')).toBe('not-https');
    expect(problem('chrome-extension://abc/options.html')).toBe('not-https');
    expect(problem('https://jan:haslo@poczta.firma.pl/owa/')).toBe('credentials');
    expect(problem('poczta.firma.pl:8443')).toBe('port');
    expect(problem('https://poczta.firma.pl:8443/owa/')).toBe('port');
    expect(problem('https://[2001:db8::1]/owa/')).toBe('ip-v6');
    expect(problem('poczta firma.pl')).toBe('invalid');
    expect(problem('poczta_firma.pl')).toBe('invalid');
    expect(problem('-poczta.firma.pl')).toBe('invalid');
    expect(problem('poczta..firma.pl')).toBe('invalid');
    expect(problem(`${'a'.repeat(64)}.pl`)).toBe('invalid');
    expect(problem('https://')).toBe('invalid');
  });

  it('says the four built-in webmails need no address of their own', () => {
    expect(problem('outlook.office.com')).toBe('built-in');
    expect(problem('https://outlook.live.com/mail/0/')).toBe('built-in');
    expect(problem('mail.google.com')).toBe('built-in');
    // A look-alike is not one of them.
    expect(accepted('outlook.office.com.evil.example')).toBe('https://outlook.office.com.evil.example/*');
  });
});

describe('the granted company addresses, read from permissions.getAll()', () => {
  it('keeps exact https hosts and leaves out the built-in webmails and anything broader', () => {
    const origins = [
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://poczta.firma.pl/*',
      'https://*/*',
      'https://*.firma.pl/*',
      'http://poczta.firma.pl/*',
      'https://poczta.firma.pl/owa/*',
      'https://mail.example-company.test/*',
      'https://poczta.firma.pl/*',
    ];
    expect(grantedWebmailPatterns(origins)).toEqual(['https://mail.example-company.test/*', 'https://poczta.firma.pl/*']);
    expect(grantedWebmailPatterns(undefined)).toEqual([]);
  });

  it('shows a pattern as its host and compares it as its origin', () => {
    expect(hostOfPattern('https://poczta.firma.pl/*')).toBe('poczta.firma.pl');
    expect(originOfPattern('https://poczta.firma.pl/*')).toBe('https://poczta.firma.pl');
  });
});
