import { describe, expect, it } from 'vitest';
import { isAllowedEmbedding } from '../../../components/sidebar/embedding';

const own = 'chrome-extension://abc';

describe('where the sidebar may show data', () => {
  it('runs as the extension’s own tab', () => {
    expect(isAllowedEmbedding({ isTop: true, referrer: '', ownOrigin: own })).toBe(true);
  });

  it('runs framed into Gmail and Outlook', () => {
    expect(isAllowedEmbedding({ isTop: false, ancestorOrigins: ['https://mail.google.com'], referrer: '', ownOrigin: own })).toBe(true);
    expect(isAllowedEmbedding({ isTop: false, ancestorOrigins: ['https://outlook.live.com'], referrer: '', ownOrigin: own })).toBe(true);
  });

  it('refuses a foreign site, even one that frames a webmail page that frames the sidebar', () => {
    expect(isAllowedEmbedding({ isTop: false, ancestorOrigins: ['https://evil.example'], referrer: '', ownOrigin: own })).toBe(false);
    expect(isAllowedEmbedding({ isTop: false, ancestorOrigins: ['https://mail.google.com', 'https://evil.example'], referrer: '', ownOrigin: own })).toBe(false);
    expect(isAllowedEmbedding({ isTop: false, ancestorOrigins: ['https://mail.google.com.evil.example'], referrer: '', ownOrigin: own })).toBe(false);
  });

  it('falls back to the referrer where ancestorOrigins is missing, and refuses when neither is known', () => {
    expect(isAllowedEmbedding({ isTop: false, referrer: 'https://outlook.office.com/mail/', ownOrigin: own })).toBe(true);
    expect(isAllowedEmbedding({ isTop: false, referrer: 'https://evil.example/x', ownOrigin: own })).toBe(false);
    expect(isAllowedEmbedding({ isTop: false, referrer: '', ownOrigin: own })).toBe(false);
  });

  it('runs framed into a company webmail address only once the user granted it', () => {
    const company = { isTop: false, ancestorOrigins: ['https://poczta.firma.pl'], referrer: '', ownOrigin: own };
    expect(isAllowedEmbedding(company)).toBe(false);
    expect(isAllowedEmbedding(company, ['https://poczta.firma.pl'])).toBe(true);
    expect(isAllowedEmbedding(company, ['https://firma.pl'])).toBe(false);
    expect(isAllowedEmbedding({ isTop: false, referrer: 'https://poczta.firma.pl/owa/', ownOrigin: own }, ['https://poczta.firma.pl'])).toBe(true);
    // A granted address does not open the door to a site that frames it.
    expect(isAllowedEmbedding({ ...company, ancestorOrigins: ['https://poczta.firma.pl', 'https://evil.example'] }, ['https://poczta.firma.pl'])).toBe(false);
  });
});
