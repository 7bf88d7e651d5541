/** The contract's name in Polish cases and in English, from its type or the title the user typed. */
import type { ContractType, Lang } from '../offboarding/types';
import { isInOtherLanguage } from './text-language';

const CONTRACT_TYPE_NAMES: Record<ContractType, { pl: [string, string, string]; en: string }> = {
  // nominative, accusative, genitive
  service: { pl: ['umowa o świadczenie usług', 'umowę o świadczenie usług', 'umowy o świadczenie usług'], en: 'services agreement' },
  zlecenie: { pl: ['umowa zlecenia', 'umowę zlecenia', 'umowy zlecenia'], en: 'services agreement' }, // "mandate contract" means nothing to an English client
  // An English client never calls it a "contract for specific work" (review11-en B3): the text names the legal type where it matters.
  dzielo: { pl: ['umowa o dzieło', 'umowę o dzieło', 'umowy o dzieło'], en: 'agreement' },
  other: { pl: ['umowa', 'umowę', 'umowy'], en: 'agreement' },
};
/** The type not recorded (issue 12): the plain word, which names no type. */
const UNKNOWN_TYPE_NAMES: { pl: [string, string, string]; en: string } = { pl: ['umowa', 'umowę', 'umowy'], en: 'agreement' };

/**
 * The contract's name in the cases a sentence needs. A title the user typed is declined only where
 * the rule is certain: "umowa" followed by a preposition ("umowa o …", "umowa na …") or by a noun
 * already in the genitive ("umowa zlecenia …"), so only the head noun changes. Anything else (an
 * adjective, "umowa ramowa", "umowa licencyjna") would need its own ending: the title stays in the
 * nominative, quoted after "umowa pod nazwą" (the head declined, the title never).
 */
export function contractNames(type: ContractType | undefined, title: string | undefined, lang: Lang): [string, string, string] {
  const names = type === undefined ? UNKNOWN_TYPE_NAMES : CONTRACT_TYPE_NAMES[type];
  if (lang === 'en') {
    // A Polish title is the document's own name: quoted after an English description, never as English words.
    const name = title === undefined ? names.en : isInOtherLanguage(title, 'en') ? `${names.en} (“${title}”)` : title;
    return [name, name, name];
  }
  if (!title) return names.pl;
  const declinable = /^umowa(\s+(\S+).*)?$/iu.exec(title);
  if (declinable && (declinable[2] === undefined || HEAD_ONLY_COMPLEMENTS.has(declinable[2].toLowerCase()))) {
    const rest = declinable[1] ?? '';
    return [`umowa${rest}`, `umowę${rest}`, `umowy${rest}`];
  }
  if (declinable) {
    const quoted = `„${title.charAt(0).toUpperCase()}${title.slice(1)}”`;
    return [`umowa pod nazwą ${quoted}`, `umowę pod nazwą ${quoted}`, `umowy pod nazwą ${quoted}`];
  }
  // Any other title (another word, another language) is quoted after the word "umowa".
  return [`umowa „${title}”`, `umowę „${title}”`, `umowy „${title}”`];
}

/**
 * Words after "umowa" that do not agree with it: prepositions and nouns in the genitive. After them
 * only "umowa" is declined ("umowę o dzieło", "umowy zlecenia na obsługę księgową").
 */
const HEAD_ONLY_COMPLEMENTS: ReadonlySet<string> = new Set([
  'o', 'na', 'w', 'we', 'z', 'ze', 'do', 'dla', 'nr', 'nr.',
  'zlecenia', 'współpracy', 'najmu', 'dzierżawy', 'licencji', 'dostawy', 'sprzedaży', 'serwisu', 'wdrożenia', 'przeniesienia', 'świadczenia', 'wykonania', 'utrzymania', 'poufności',
]);
