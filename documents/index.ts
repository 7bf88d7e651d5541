/**
 * The documents of issue 13, built from the record: `buildDocument(kind, input)` gives the document
 * model, the list of missing facts, or why the document does not apply. Pure functions; the PDF is
 * drawn separately (documents/pdf.ts, loaded only where a document is made).
 */
import type { DocumentInput } from './context';
import { DOCUMENT_KINDS, type DocumentBlock, type DocumentKind, type DocumentModel, type DocumentResult } from './model';
import { handoverRecord } from './handover-record';
import { personalDataConfirmation } from './personal-data-confirmation';
import { settlementStatement } from './settlement-statement';
import { terminationAgreement } from './termination-agreement';
import { terminationStatement } from './termination-statement';
import { parseIsoDateParts } from '../offboarding/calendar';

export type { DocumentInput } from './context';
export * from './model';
export { DOCUMENT_VALUE_LABELS, factLabel } from './labels';

const BUILDERS: Record<DocumentKind, (input: DocumentInput) => DocumentResult> = {
  'termination-statement': terminationStatement,
  'termination-agreement': terminationAgreement,
  'handover-record': handoverRecord,
  'settlement-statement': settlementStatement,
  'personal-data-confirmation': personalDataConfirmation,
};

export function buildDocument(kind: DocumentKind, input: DocumentInput): DocumentResult {
  const builder = BUILDERS[kind];
  if (!builder) throw new Error(`buildDocument: unknown document "${String(kind)}"; expected one of ${DOCUMENT_KINDS.join(', ')}`);
  if (input.lang !== 'pl' && input.lang !== 'en') throw new Error(`buildDocument: unknown language "${String(input.lang)}"`);
  if (!input.settings?.profile) throw new Error('buildDocument: settings.profile is required');
  parseIsoDateParts(input.today, 'today');
  const result = builder(input);
  return result.status === 'ready' ? { ...result, document: finished(result.document) } : result;
}

/** "2026 r." closing a sentence takes no second full stop (PWN: kropka po skrócie kończącym zdanie). */
function closeSentence(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

function finished(document: DocumentModel): DocumentModel {
  const blocks = document.blocks.map((block): DocumentBlock => {
    if (block.type === 'paragraph') return { ...block, text: closeSentence(block.text) };
    if (block.type === 'list') return { ...block, items: block.items.map(closeSentence) };
    return block;
  });
  return { ...document, blocks };
}

/** Every document for one record, in process order. */
export function buildAllDocuments(input: DocumentInput): DocumentResult[] {
  return DOCUMENT_KINDS.map((kind) => buildDocument(kind, input));
}
