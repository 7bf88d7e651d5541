/**
 * Validation of what extension pages ask the content script to do. zod/mini keeps the content
 * script small. Limits match insert.ts (draft HTML at most 200 000 characters).
 */
import * as z from 'zod/mini';
import { MAX_DRAFT_HTML } from './insert';

export const draftSchema = z.object({
  html: z.string().check(z.maxLength(MAX_DRAFT_HTML)),
  text: z.string().check(z.maxLength(MAX_DRAFT_HTML)),
  subject: z.optional(z.string().check(z.maxLength(998))),
});

/** The sidebar's pairing token (webmail/pairing.ts); checked before the schema, optional here. */
const token = z.optional(z.string());
export const tokenRequestSchema = z.object({ token });
export const insertDraftRequestSchema = z.object({ draft: draftSchema, token });
export const setSidebarRequestSchema = z.object({ open: z.union([z.boolean(), z.literal('toggle')]), token });
