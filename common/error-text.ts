/**
 * A failure by its code, in the UI language, saying what to do; the generic sentence for anything
 * else (never a developer's message). Small on purpose: the popup, whose requests carry no typed
 * fields, uses it alone; common/user-errors.ts adds the field-by-field wording of refusals.
 */
import type { Lang } from '../offboarding/types';
import type { Bilingual } from './i18n';

const CODE_TEXT: Record<string, Bilingual> = {
  unavailable: {
    pl: 'Rozszerzenie chwilowo nie odpowiada. Spróbuj ponownie za chwilę; jeśli to się powtarza, przeładuj stronę.',
    en: 'The extension is not answering right now. Try again in a moment; if it keeps happening, reload the page.',
  },
  'not-found': {
    pl: 'Tego wpisu już nie ma (mógł zostać usunięty w innym oknie). Przeładuj widok.',
    en: 'This record no longer exists (it may have been deleted in another window). Reload the view.',
  },
  conflict: {
    pl: 'Tej zmiany nie można teraz wprowadzić: najpierw zapisz wypowiedzenie.',
    en: 'This change cannot be made yet: record the notice first.',
  },
  'invalid-dates': {
    pl: 'Daty się wykluczają: data nie może być wcześniejsza niż wypowiedzenie lub rozpoczęcie, do którego należy. Sprawdź daty i zapisz ponownie.',
    en: 'The dates contradict each other: a date cannot be earlier than the notice or start it belongs to. Check the dates and save again.',
  },
  forbidden: {
    pl: 'Ta strona nie może zmieniać danych rozszerzenia. Otwórz Offboard z paska narzędzi lub z panelu w poczcie.',
    en: 'This page may not change the extension’s data. Open Offboard from the toolbar or from its panel in your webmail.',
  },
  generic: {
    pl: 'Nie udało się wykonać tej czynności. Spróbuj ponownie; jeśli to się powtarza, przeładuj stronę.',
    en: 'That did not work. Try again; if it keeps happening, reload the page.',
  },
};

export function codedErrorText(error: unknown, lang: Lang): string {
  const { code, params } = (error ?? {}) as { code?: unknown; params?: unknown };
  if (typeof code === 'string') {
    if (code === 'invalid' && params && (params as { rule?: unknown }).rule === 'dates') return CODE_TEXT['invalid-dates']![lang];
    const known = CODE_TEXT[code];
    if (known) return known[lang];
  }
  return CODE_TEXT.generic![lang];
}
