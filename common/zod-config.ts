/**
 * zod settings for every context that parses (the extension's pages and background, the catalogue,
 * the library build), imported before any schema is built.
 * - English messages: zod/mini loads no locale, so without this every issue reads "Invalid input";
 *   the refusals, the catalogue and the library check quote zod's English wording.
 * - jitless: zod may compile a parser with `new Function`, which MV3's content security policy
 *   refuses (and reports as a violation even when zod catches it). zod/mini's objects never
 *   compile, but the setting keeps the probe off should anything bring the classic API back.
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
z.config({ jitless: true });
