/** Why a backup was refused, in parameters a view words in either language (describeImportError). */
import type { Lang } from '../../offboarding/types';
import { LIMITS } from '../schemas';

/** The size cap of a format-1 backup, read whole (a format-2 backup streams and has none). */
export const MAX_IMPORT_BYTES = LIMITS.importBytes;

export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'damaged'
  | 'inconsistent'
  | 'too-many'
  | 'built-in-template'
  // Format 2 (streamed, one record per line):
  | 'truncated'
  | 'checksum'
  | 'counts'
  | 'line-too-long'
  | 'order'
  | 'interrupted';

export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'too-large',
  'not-json',
  'foreign',
  'newer-version',
  'damaged',
  'inconsistent',
  'too-many',
  'built-in-template',
  'truncated',
  'checksum',
  'counts',
  'line-too-long',
  'order',
  'interrupted',
];

export interface ImportErrorParams {
  /** too-large: the document's size in bytes; line-too-long: the line's. */
  bytes?: number;
  /** newer-version: the document's format version. */
  version?: number;
  /** Format 2: the line of the file (1 = the header) where the problem is. */
  line?: number;
  /** damaged / inconsistent: where, e.g. "offboardings[2].clientId" (format 1) or "offboarding.clientId" (format 2). */
  path?: string;
  /** damaged: the validator's explanation. */
  reason?: string;
  /** inconsistent: what kind of reference is broken, and the id it names. */
  problem?: 'missing-client' | 'missing-offboarding' | 'other-client' | 'duplicate-id';
  id?: string;
  /** too-many / counts: the table (or "events of client <id>"), how many the file has, and the limit or the count it declares. */
  table?: string;
  count?: number;
  limit?: number;
  /** order: the record kind found, and the kind it came after. */
  kind?: string;
  after?: string;
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {},
  ) {
    super(describeImportError(code, params, 'en'));
    this.name = 'ImportError';
  }
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** "on line 12, " / "w wierszu 12, ": empty for a format-1 document, which has no lines to point at. */
function lineEn(params: ImportErrorParams): string {
  return params.line === undefined ? '' : ` on line ${params.line}`;
}
function linePl(params: ImportErrorParams): string {
  return params.line === undefined ? '' : ` w wierszu ${params.line}`;
}

const KIND_PL: Record<string, string> = {
  header: 'nagłówek',
  client: 'klient',
  offboarding: 'zakończenie współpracy',
  event: 'zdarzenie',
  template: 'szablon',
  settings: 'ustawienia',
  end: 'zakończenie pliku',
};

/** The refusal in the user's language. */
export function describeImportError(code: ImportErrorCode, params: ImportErrorParams, lang: Lang): string {
  const pl = lang === 'pl';
  switch (code) {
    case 'too-large':
      return pl
        ? `Plik jest za duży (${megabytes(params.bytes ?? 0)} MB). Kopia danych może mieć najwyżej ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`
        : `The file is too large (${megabytes(params.bytes ?? 0)} MB). A backup can be at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`;
    case 'not-json':
      return pl
        ? `Plik nie jest poprawnym dokumentem JSON${linePl(params)}: może być ucięty albo uszkodzony. Nic nie zostało zmienione.`
        : `The file is not valid JSON${lineEn(params)}: it may be truncated or damaged. Nothing was changed.`;
    case 'foreign':
      return pl
        ? 'To nie jest kopia danych Offboard (brak oznaczenia "offboard-export"). Nic nie zostało zmienione.'
        : 'This is not an Offboard backup (it lacks the "offboard-export" marker). Nothing was changed.';
    case 'newer-version':
      return pl
        ? `Ta kopia pochodzi z nowszej wersji Offboard (format ${params.version ?? '?'}). Zaktualizuj rozszerzenie, aby ją wczytać. Nic nie zostało zmienione.`
        : `This backup comes from a newer version of Offboard (format ${params.version ?? '?'}). Update the extension to import it. Nothing was changed.`;
    case 'damaged':
      return pl
        ? `Plik jest uszkodzony${linePl(params)}: nieprawidłowa wartość w ${params.path ?? '?'} (${params.reason ?? ''}). Nic nie zostało zmienione.`
        : `The file is damaged${lineEn(params)}: invalid value at ${params.path ?? '?'} (${params.reason ?? ''}). Nothing was changed.`;
    case 'inconsistent':
      return pl
        ? `Dane w pliku są niespójne${linePl(params)}: ${inconsistencyPl(params)}. Nic nie zostało zmienione.`
        : `The file is inconsistent${lineEn(params)}: ${inconsistencyEn(params)}. Nothing was changed.`;
    case 'too-many':
      if (params.id !== undefined) {
        return pl
          ? `Plik ma ${params.count ?? '?'} zdarzeń klienta „${params.id}”; na jednego klienta można wczytać najwyżej ${params.limit ?? '?'}. Nic nie zostało zmienione.`
          : `The file has ${params.count ?? '?'} events for client "${params.id}"; at most ${params.limit ?? '?'} per client can be imported. Nothing was changed.`;
      }
      return pl
        ? `Plik ma za dużo wierszy w „${params.table ?? '?'}”: ${params.count ?? '?'}, a można wczytać najwyżej ${params.limit ?? '?'}. Nic nie zostało zmienione.`
        : `The file has too many rows in "${params.table ?? '?'}": ${params.count ?? '?'}, at most ${params.limit ?? '?'} can be imported. Nothing was changed.`;
    case 'built-in-template':
      return pl
        ? `Plik zawiera szablon ${params.path ?? '?'}${linePl(params)} („${params.id ?? '?'}”) podający się za wbudowany. Kopia danych może zawierać tylko własne szablony. Nic nie zostało zmienione.`
        : `The file has a template at ${params.path ?? '?'}${lineEn(params)} ("${params.id ?? '?'}") posing as a built-in one. A backup can hold only your own templates. Nothing was changed.`;
    case 'truncated':
      return pl
        ? `Plik jest niekompletny: urywa się po wierszu ${params.line ?? '?'}, przed zakończeniem kopii. Zapisz kopię jeszcze raz albo wybierz pełny plik. Nic nie zostało zmienione.`
        : `The file is incomplete: it stops after line ${params.line ?? '?'}, before the end of the backup. Save the backup again or pick the complete file. Nothing was changed.`;
    case 'checksum':
      return pl
        ? 'Suma kontrolna pliku się nie zgadza: treść została zmieniona albo uszkodzona po zapisaniu kopii. Wybierz nieuszkodzoną kopię. Nic nie zostało zmienione.'
        : "The file's checksum does not match: its content was changed or damaged after the backup was saved. Pick an undamaged copy. Nothing was changed."
    case 'counts':
      return pl
        ? `Liczba rekordów w „${params.table ?? '?'}” się nie zgadza${linePl(params)}: plik zawiera ${params.count ?? '?'}, a deklaruje ${params.limit ?? '?'}. Plik jest uszkodzony. Nic nie zostało zmienione.`
        : `The number of records in "${params.table ?? '?'}" does not match${lineEn(params)}: the file holds ${params.count ?? '?'} and declares ${params.limit ?? '?'}. The file is damaged. Nothing was changed.`;
    case 'line-too-long':
      return pl
        ? `Wiersz ${params.line ?? '?'} jest za długi (${megabytes(params.bytes ?? 0)} MB) jak na jeden rekord kopii danych. Plik jest uszkodzony albo nie jest kopią Offboard. Nic nie zostało zmienione.`
        : `Line ${params.line ?? '?'} is too long (${megabytes(params.bytes ?? 0)} MB) for one backup record. The file is damaged or not an Offboard backup. Nothing was changed.`;
    case 'order':
      return pl
        ? `Rekordy są w złej kolejności${linePl(params)}: ${KIND_PL[params.kind ?? ''] ?? params.kind ?? '?'} po rekordzie typu ${KIND_PL[params.after ?? ''] ?? params.after ?? '?'}. Plik jest uszkodzony. Nic nie zostało zmienione.`
        : `The records are out of order${lineEn(params)}: ${params.kind ?? '?'} after ${params.after ?? '?'}. The file is damaged. Nothing was changed.`;
    case 'interrupted':
      return pl
        ? 'Wczytywanie zostało przerwane (rozszerzenie zostało w międzyczasie ponownie uruchomione albo rozpoczęto inne wczytywanie). Wczytaj plik jeszcze raz. Nic nie zostało zmienione.'
        : 'The import was interrupted (the extension restarted in the meantime, or another import began). Import the file again. Nothing was changed.';
  }
}

function inconsistencyEn({ path = '?', problem, id = '?' }: ImportErrorParams): string {
  switch (problem) {
    case 'missing-client':
      return `${path} refers to client "${id}", which is not in the file`;
    case 'missing-offboarding':
      return `${path} refers to offboarding "${id}", which is not in the file`;
    case 'other-client':
      return `${path} refers to offboarding "${id}" of a different client`;
    case 'duplicate-id':
      return `${path} repeats the id "${id}"`;
    default:
      return path;
  }
}

function inconsistencyPl({ path = '?', problem, id = '?' }: ImportErrorParams): string {
  switch (problem) {
    case 'missing-client':
      return `${path} wskazuje klienta „${id}”, którego nie ma w pliku`;
    case 'missing-offboarding':
      return `${path} wskazuje zakończenie współpracy „${id}”, którego nie ma w pliku`;
    case 'other-client':
      return `${path} wskazuje zakończenie współpracy „${id}” należące do innego klienta`;
    case 'duplicate-id':
      return `${path} powtarza identyfikator „${id}”`;
    default:
      return path;
  }
}
