/**
 * The typed model every document is built into: plain text in blocks, no markup. The PDF renderer
 * (documents/pdf.ts) and the text renderer (documents/text.ts) draw the same model, so what the
 * golden files show is what the PDF prints.
 */
import type { Lang } from '../offboarding/types';

export const DOCUMENT_KINDS = [
  'termination-statement',
  'termination-agreement',
  'handover-record',
  'settlement-statement',
  'personal-data-confirmation',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One party's identification: its role in the document ("Wykonawca") and its lines. */
export interface PartyBlock {
  role: string;
  lines: string[];
}

export type ListMarker = 'decimal' | 'alpha' | 'dash';

/** The marker of a list's item as printed. */
export function listMarker(marker: ListMarker, index: number, lang: Lang): string {
  if (marker === 'dash') return '–';
  if (marker === 'decimal') return `${index + 1}.`;
  const letter = String.fromCharCode(97 + (index % 26));
  return lang === 'pl' ? `${letter})` : `(${letter})`;
}

/** The label of a signature's own date line. */
export function signatureDateLabel(lang: Lang): string {
  return lang === 'pl' ? 'Data:' : 'Date:';
}

export interface TableColumn {
  label: string;
  /** Share of the text width, all columns summing to 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface SignatureLine {
  /** Under the line: whose signature it is ("Wykonawca", "Received by the Client: date and signature"). */
  caption: string;
  /** The signatory's name printed under the caption, when known. */
  name?: string;
  /** A "Date: ……" line under it, for a signature that dates itself (a record signed in counterparts). */
  dated?: boolean;
}

export type DocumentBlock =
  | { type: 'place-date'; text: string }
  | { type: 'parties'; parties: PartyBlock[] }
  /** A letter's sender block at the head of the page: the lines alone, no label. */
  | { type: 'letterhead'; lines: string[] }
  /** A letter's addressee ("To:"), the lines under the label. */
  | { type: 'addressee'; label: string; lines: string[] }
  | { type: 'title'; text: string; subtitle?: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /** decimal: 1. 2.; alpha: a) b) (pl) or (a) (b) (en), for points inside a numbered provision; dash: –. */
  | { type: 'list'; marker: ListMarker; items: string[] }
  | { type: 'table'; columns: TableColumn[]; rows: string[][] }
  | { type: 'blank-lines'; label: string; count: number }
  | { type: 'signatures'; signatures: SignatureLine[] };

export interface DocumentModel {
  kind: DocumentKind;
  lang: Lang;
  /** The document's title, also the PDF's title metadata. */
  title: string;
  /** A file name without extension: the document, the client and the date ("wypowiedzenie-umowy-acme-2026-03-10"). */
  fileName: string;
  blocks: DocumentBlock[];
}

/** A fact the document needs and the record lacks, labelled in the document's language. */
export interface MissingFact {
  /** The value's path, the same as the message engine's where both use it ("contract.signedOn"). */
  path: string;
  label: string;
  /** Which item it concerns, when it is one of several ("Lista klientów sklepu"). */
  detail?: string;
}

/**
 * What the user should know before using a document, never printed in it: when it is the right
 * document at all (an agreement beside a notice), or a date the document cannot settle.
 */
export type DocumentNotes = { notes?: string[] };

export type DocumentResult =
  | ({ status: 'ready'; document: DocumentModel } & DocumentNotes)
  | ({ status: 'missing'; kind: DocumentKind; lang: Lang; missing: MissingFact[] } & DocumentNotes)
  | { status: 'not-applicable'; kind: DocumentKind; lang: Lang; reason: string };
