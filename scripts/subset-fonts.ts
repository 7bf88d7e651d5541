/**
 * Regenerates the committed PDF fonts in documents/fonts/: Noto Sans 400 and 700 from
 * @fontsource/noto-sans (fontsource splits each weight into a Latin and a Latin Extended file),
 * cut down by HarfBuzz's hb-subset (the subset-font package, a development dependency) to the
 * characters of documents/font-coverage.ts, as plain TrueType without hinting or layout tables
 * (the PDF writer draws without them). Run: `npm run fonts:subset`; the output is the same bytes on every
 * run, and tests/unit/documents/font-subset.test.ts checks it against the committed files.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { subsetFontFiles, SUBSET_FILES } from '../documents/font-subset';

const require = createRequire(import.meta.url);
const fontsource = dirname(require.resolve('@fontsource/noto-sans/package.json'));
const out = join(dirname(fileURLToPath(import.meta.url)), '../documents/fonts');

const files = await subsetFontFiles((name) => readFileSync(join(fontsource, 'files', name)));
for (const file of SUBSET_FILES) {
  const bytes = files.get(file.out);
  if (!bytes) throw new Error(`subset-fonts: ${file.out} was not made`);
  writeFileSync(join(out, file.out), bytes);
  process.stdout.write(`${file.out}: ${bytes.byteLength} bytes\n`);
}
copyFileSync(join(fontsource, 'LICENSE'), join(out, 'OFL.txt'));
