/**
 * The committed Polish and English font subset (documents/fonts/): scripts/subset-fonts.ts makes
 * exactly these bytes again, they carry every character documents/font-coverage.ts promises, and
 * every character of the golden documents is among them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontFolder } from '../../../documents/fonts-node';
import { LATIN_CHARACTERS, POLISH_CHARACTERS, unprintableCharacters } from '../../../documents/font-coverage';
import { SUBSET_FILES, subsetFontFiles } from '../../../documents/font-subset';
import { readTrueType } from '../../../documents/truetype';

const GOLDEN = join(import.meta.dirname, '../../golden/documents');

function characterSet(file: string): Set<number> {
  return new Set(readTrueType(new Uint8Array(readFileSync(join(fontFolder(), file)))).codePoints);
}

describe('the PDF font subset', () => {
  it('is what the subset script makes from fontsource’s Noto Sans, byte for byte', async () => {
    const fontsource = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
    const made = await subsetFontFiles((name) => new Uint8Array(readFileSync(join(fontsource, name))));
    expect([...made.keys()].sort()).toEqual([...FONT_FILES.regular, ...FONT_FILES.bold].sort());
    for (const file of SUBSET_FILES) {
      expect(Buffer.from(made.get(file.out)!).equals(readFileSync(join(fontFolder(), file.out))), file.out).toBe(true);
    }
  }, 60_000);

  it('carries every promised character in both weights, and little else', () => {
    for (const [latin, polish] of [FONT_FILES.regular, FONT_FILES.bold]) {
      const latinSet = characterSet(latin);
      const polishSet = characterSet(polish);
      expect([...LATIN_CHARACTERS].filter((char) => !latinSet.has(char.codePointAt(0)!))).toEqual([]);
      expect([...POLISH_CHARACTERS].filter((char) => !polishSet.has(char.codePointAt(0)!))).toEqual([]);
      // A subset: no Cyrillic, no Vietnamese, no Czech ř.
      for (const absent of ['Ж', 'ơ', 'ř']) expect(latinSet.has(absent.codePointAt(0)!) || polishSet.has(absent.codePointAt(0)!)).toBe(false);
    }
    const total = [...FONT_FILES.regular, ...FONT_FILES.bold].reduce((sum, file) => sum + readFileSync(join(fontFolder(), file)).byteLength, 0);
    expect(total).toBeLessThan(60 * 1024);
  });

  it('prints every character of every golden document', () => {
    const files = readdirSync(GOLDEN).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(3);
    const text = files.map((name) => readFileSync(join(GOLDEN, name), 'utf8')).join('\n');
    expect(text).toMatch(/ż/);
    expect(unprintableCharacters(text)).toEqual([]);
  });

  it('names what it cannot print, once each', () => {
    expect(unprintableCharacters('Dvořák i Łódź, Dvořák, Щ')).toEqual(['ř', 'Щ']);
    expect(unprintableCharacters('Zażółć gęślą jaźń — „cytat” 1\u202f200,00\u00a0€ § 1')).toEqual([]);
  });
});
