/** The import refusal in the UI language: the background sends a code and parameters with it. */
import type { Lang } from '../../offboarding/types';
import { describeImportError, IMPORT_ERROR_CODES } from '../../storage/transfer';
import type { ImportErrorCode, ImportErrorParams } from '../../storage/transfer';
import { userErrorText } from '../../common/user-errors';

const IMPORT_CODES: readonly ImportErrorCode[] = IMPORT_ERROR_CODES;

export function importRefusalText(error: unknown, lang: Lang): string {
  if (error instanceof Error) {
    const { code, params } = error as Error & { code?: unknown; params?: unknown };
    if (typeof code === 'string' && (IMPORT_CODES as readonly string[]).includes(code)) {
      const safeParams = params !== null && typeof params === 'object' ? (params as ImportErrorParams) : {};
      return describeImportError(code as ImportErrorCode, safeParams, lang);
    }
  }
  return userErrorText(error, lang);
}
