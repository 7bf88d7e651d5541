/**
 * UI language: Polish and English, following the browser unless the user chose one.
 * Each surface keeps its own dictionary (`Messages`) with both languages side by side so that
 * a string cannot exist in one language only (the type forces both).
 */
import type { Lang } from '../offboarding/types';

export type Bilingual = { pl: string; en: string };
export type Messages = Record<string, Bilingual>;

/** The browser's preferred UI language, reduced to the two we support. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'pl') return 'pl';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function resolveUiLang(setting: 'auto' | Lang | undefined, languages?: readonly string[]): Lang {
  return setting === 'pl' || setting === 'en' ? setting : browserLang(languages);
}

/**
 * Returns a translator for one dictionary; `{name}` placeholders are filled from params.
 * Params are plain text: the UI renders them as text nodes, never as HTML.
 */
export function translator<M extends Messages>(messages: M, lang: Lang) {
  return (key: keyof M & string, params?: Record<string, string | number>): string => {
    const entry = messages[key];
    if (!entry) throw new Error(`Missing UI string: ${key}`);
    let text = entry[lang];
    if (params) {
      for (const [name, value] of Object.entries(params)) text = text.split(`{${name}}`).join(String(value));
    }
    return text;
  };
}

export type Translate<M extends Messages> = ReturnType<typeof translator<M>>;
