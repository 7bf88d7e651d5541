/**
 * The content script's request checks are written by hand (to keep its bundle small); they must
 * accept and refuse exactly what the equivalent zod schemas would, and keep the same data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MAX_DRAFT_HTML } from '../../../webmail/insert';
import { insertDraftRequestSchema, setSidebarRequestSchema, tokenRequestSchema } from '../../../webmail/page-requests';

const token = z.optional(z.string());
const reference = {
  token: z.object({ token }),
  insert: z.object({
    draft: z.object({
      html: z.string().check(z.maxLength(MAX_DRAFT_HTML)),
      text: z.string().check(z.maxLength(MAX_DRAFT_HTML)),
      subject: z.optional(z.string().check(z.maxLength(998))),
    }),
    token,
  }),
  setSidebar: z.object({ open: z.union([z.boolean(), z.literal('toggle')]), token }),
};

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant('toggle'), fc.object());
const longText = fc.constantFrom('x'.repeat(MAX_DRAFT_HTML), 'x'.repeat(MAX_DRAFT_HTML + 1), 's'.repeat(998), 's'.repeat(999));
const draftLike = fc.record(
  { html: fc.oneof(fc.string(), longText, anyValue), text: fc.oneof(fc.string(), longText, anyValue), subject: fc.oneof(fc.string(), longText, anyValue), extra: anyValue },
  { requiredKeys: [] },
);
const request = fc.oneof(
  fc.record({ draft: fc.oneof(draftLike, anyValue), token: fc.oneof(fc.string(), anyValue), open: fc.oneof(anyValue, fc.boolean()), extra: anyValue }, { requiredKeys: [] }),
  anyValue,
);

describe('page request checks', () => {
  it.each([
    ['tokenRequestSchema', tokenRequestSchema, reference.token],
    ['insertDraftRequestSchema', insertDraftRequestSchema, reference.insert],
    ['setSidebarRequestSchema', setSidebarRequestSchema, reference.setSidebar],
  ] as const)('%s accepts and refuses what zod would, with the same data', (_name, ours, theirs) => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(request, (value) => {
        const mine = ours.safeParse(value);
        const zods = theirs.safeParse(value);
        expect(mine.success).toBe(zods.success);
        if (mine.success && zods.success) expect(mine.data).toEqual(zods.data);
        if (!mine.success) expect(mine.error.issues.length).toBeGreaterThan(0);
        seen[mine.success ? 'accepted' : 'refused'] += 1;
      }),
      {
        numRuns: 600,
        examples: [[{ draft: { html: '<p>a</p>', text: 'a' }, open: true, token: 'ab' }], [{ draft: { html: 1 }, open: 'yes' }]],
      },
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('names the failing field', () => {
    const refused = insertDraftRequestSchema.safeParse({ draft: { html: 5, text: 'a' } });
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.error.issues[0]).toMatchObject({ path: ['draft', 'html'], message: 'Expected a string' });
  });
});
