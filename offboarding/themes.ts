/**
 * The recurring themes of the retrospectives' "to improve" answers, simple enough to explain in one
 * sentence: a word or a pair of adjacent words (stop words left out, Polish and English) that
 * appears in at least two answers, counted once per answer.
 */

export interface Theme {
  phrase: string;
  /** In how many answers it appears. */
  count: number;
}

const STOP_WORDS = new Set(
  (
    // Polish
    'a aby ale albo ani bardziej bez bo być był była było były będzie będą by byli czy czyli dla do go gdy gdzie ich im jak jako jakie jego jej jest jeszcze jednak już ich kiedy kto które który która lub ma mają mamy może można mi mnie my na nad nam nas nasz nasza nasze nie nich nic niż no o od oraz po pod przed przez przy również się są ta tak także tam te tego tej temu ten to tu tylko tym u w we więc wszystko z za ze że żeby był było jeśli lepiej lepsze lepszy lepsza więcej mniej trzeba powinniśmy należy warto być '
    // English
    + 'a about after again all also an and any are as at be been before being better but by can could did do does doing down during each few for from further had has have having he her here his how i if in into is it its just more most my no not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who why will with would you your need needed next time earlier'
  ).split(/\s+/).filter(Boolean),
);

/** Lower case, letters only (Unicode), stop words and one- or two-letter words dropped, in order. */
export function themeWords(text: string): string[] {
  return (text.normalize('NFC').toLocaleLowerCase('pl').match(/\p{L}+/gu) ?? []).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
}

/** The distinct words and adjacent word pairs of one answer: what each answer counts once. */
export function themePhrases(answer: string): string[] {
  const words = themeWords(answer);
  const phrases = new Set(words);
  for (let i = 0; i + 1 < words.length; i += 1) phrases.add(`${words[i]} ${words[i + 1]}`);
  return [...phrases];
}

export function improvementThemes(answers: readonly string[], limit = 12): Theme[] {
  return themesFromPhrases(answers.map(themePhrases), limit);
}

/** improvementThemes over answers already split by themePhrases (the store caches those). */
export function themesFromPhrases(perAnswer: ReadonlyArray<readonly string[]>, limit = 12): Theme[] {
  const counts = new Map<string, number>();
  for (const phrases of perAnswer) {
    for (const phrase of phrases) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, count]) => count >= 2);
  // A word that only ever appears inside one recurring pair says nothing the pair does not.
  const pairs = recurring.filter(([phrase]) => phrase.includes(' '));
  const themes = recurring.filter(([phrase, count]) => phrase.includes(' ') || !pairs.some(([pair, pairCount]) => pairCount === count && pair.split(' ').includes(phrase)));
  return themes
    .map(([phrase, count]) => ({ phrase, count }))
    .sort((a, b) => b.count - a.count || b.phrase.split(' ').length - a.phrase.split(' ').length || a.phrase.localeCompare(b.phrase, 'pl'))
    .slice(0, limit);
}
