/**
 * zod settings for every extension context. Imported first by storage/schemas.ts so it runs before
 * any schema is built: zod decides at construction whether to compile a parser with `new Function`,
 * which MV3's content security policy refuses (and reports as a violation even when zod catches it).
 * jitless skips the probe and uses the interpreted parser, which is what runs under the CSP anyway.
 */
import { z } from 'zod';

z.config({ jitless: true });
