/**
 * Reads a 0–10 score from a client's reply ("9/10", "8 na 10", "dałbym 8", "I'd rate you 9 out of
 * 10"). Pure and conservative: it proposes a score for the user to confirm and never decides one;
 * two different scores in one reply are ambiguous and none is proposed.
 */

export type ScoreReading =
  | { kind: 'found'; score: number; /** The words the score was read from, as written. */ phrase: string }
  | { kind: 'ambiguous'; scores: number[] }
  | { kind: 'none' };

const SCORE = '(10|[0-9])';
/** "9/10", "9 / 10", "8 na 10", "8 z 10", "9 out of 10", "9 of 10" — not a date such as 10/10/2026. */
const OUT_OF_TEN = new RegExp(`(?<![\\d/.,])${SCORE}\\s*(?:/|na|z|out\\s+of|of)\\s*10(?![\\d/.,]\\d)`, 'giu');
/** A verb of rating followed closely by a number: "dałbym 8", "oceniam na 9", "I'd give you a 7", "rating: 8". */
const RATING_VERB = new RegExp(
  `\\b(?:dał(?:bym|abym|ibyśmy|ybyśmy)|daję|dajemy|oceniam(?:y)?|ocena|ocenę|wystawiam(?:y)?|rate(?:\\s+(?:you|it|this|the\\s+\\w+))?|rating|score|give\\s+(?:you|it)|gave\\s+(?:you|it))(?:\\s+(?:na|a|an|it|you|około|about))*\\s*[:=-]?\\s*${SCORE}(?![\\d/.,]\\d)(?!\\s*%)`,
  'giu',
);

export function readFeedbackScore(text: string): ScoreReading {
  const found: Array<{ score: number; start: number; end: number }> = [];
  for (const pattern of [OUT_OF_TEN, RATING_VERB]) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const score = Number(match[1]);
      const start = match.index ?? 0;
      if (Number.isInteger(score) && score >= 0 && score <= 10) found.push({ score, start, end: start + match[0].length });
    }
  }
  if (found.length === 0) return { kind: 'none' };
  const scores = [...new Set(found.map((item) => item.score))];
  if (scores.length > 1) return { kind: 'ambiguous', scores: scores.sort((a, b) => a - b) };
  // "I'd rate you 9 out of 10" matches both patterns: the user sees the two overlapping spans as one phrase.
  const first = found.reduce((a, b) => (b.start < a.start ? b : a));
  let end = first.end;
  for (const other of [...found].sort((a, b) => a.start - b.start)) if (other.start <= end && other.end > end) end = other.end;
  return { kind: 'found', score: first.score, phrase: text.slice(first.start, end).trim() };
}
