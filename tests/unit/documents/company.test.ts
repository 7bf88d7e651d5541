/** NIP and KRS as documents print them, and the PDF fonts as an extension page loads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNip, isKrsRegisteredForm, isPolishAddress, normalizeKrs, normalizeNip } from '../../../offboarding/company';
import { fontFolder } from '../../../documents/fonts-node';

describe('NIP and KRS', () => {
  it('accepts a NIP with its check digit in any common spelling', () => {
    for (const typed of ['1234563218', '123-456-32-18', 'PL 123 456 32 18', 'pl1234563218']) expect(normalizeNip(typed)).toEqual({ nip: '1234563218' });
    expect(formatNip('1234563218')).toBe('123-456-32-18');
  });

  it('refuses a wrong check digit, a check sum of 10 and a wrong length', () => {
    expect(normalizeNip('1234563219')).toEqual({ problem: expect.stringMatching(/check digit/) });
    expect(normalizeNip('12345')).toEqual({ problem: expect.stringMatching(/10 digits/) });
    // 100000016…: the weighted sum leaves 10, which no check digit can be.
    for (let last = 0; last <= 9; last += 1) expect('nip' in normalizeNip(`100000016${last}`)).toBe(false);
    expect(normalizeNip('1111111111')).toEqual({ nip: '1111111111' }); // 45 mod 11 = 1
  });

  it('keeps the KRS number’s leading zeros', () => {
    expect(normalizeKrs('KRS 412345')).toEqual({ krs: '0000412345' });
    expect(normalizeKrs('12345678901')).toEqual({ problem: expect.stringMatching(/up to 10 digits/) });
  });

  it('knows which legal forms are in the KRS register and which addresses are in Poland', () => {
    for (const name of ['Acme Sp. z o.o.', 'Orlen S.A.', 'Lis i Wspólnicy sp.j.', 'Kowalski spółka komandytowa']) expect(isKrsRegisteredForm(name), name).toBe(true);
    for (const name of ['Studio Projektowe Ewa Nowak', 'Blue Harbour Ltd', 'Müller GmbH']) expect(isKrsRegisteredForm(name), name).toBe(false);
    expect(isPolishAddress({})).toBe(true);
    expect(isPolishAddress({ country: 'Polska' })).toBe(true);
    expect(isPolishAddress({ country: 'United Kingdom' })).toBe(false);
  });
});

describe('the fonts as an extension page loads them', () => {
  it('fetches the committed subsets, the same bytes the Node loader reads, and forgets a failed fetch', async () => {
    const { loadFontFiles } = await import('../../../documents/fonts-browser');
    const { FONT_FILES, loadFontFilesFromNodeModules } = await import('../../../documents/fonts-node');
    await expect(loadFontFiles({ regular: ['a'], bold: ['b'] }, async () => { throw new Error('offline'); })).rejects.toThrow('offline');
    const viaNode = await loadFontFilesFromNodeModules();
    const fetched: string[] = [];
    const viaPage = await loadFontFiles({ regular: FONT_FILES.regular, bold: FONT_FILES.bold }, async (name) => {
      fetched.push(name);
      const bytes = readFileSync(join(fontFolder(), name));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    });
    expect(fetched).toEqual([...FONT_FILES.regular, ...FONT_FILES.bold]);
    viaNode.regular.forEach((file, index) => expect(Buffer.from(viaPage.regular[index]!).equals(Buffer.from(file))).toBe(true));
    viaNode.bold.forEach((file, index) => expect(Buffer.from(viaPage.bold[index]!).equals(Buffer.from(file))).toBe(true));
  });
});
