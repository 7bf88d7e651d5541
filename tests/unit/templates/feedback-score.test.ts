import { describe, expect, it } from 'vitest';
import { readFeedbackScore } from '../../../templates/feedback-score';

describe('readFeedbackScore', () => {
  it.each([
    ['Współpraca była świetna, 9/10!', 9, '9/10'],
    ['Szczerze? Dałbym 8.', 8, 'Dałbym 8'],
    ['Dałabym Wam 10 na 10, bez wahania.', 10, '10 na 10'],
    ['Oceniam na 7, głównie przez terminy.', 7, 'Oceniam na 7'],
    ["I'd rate you 9 out of 10 — thanks for everything.", 9, 'rate you 9 out of 10'],
    ['Overall I would give you a 6.', 6, 'give you a 6'],
    ['Score: 0. Never again.', 0, 'Score: 0'],
    ['8 z 10 – solidnie.', 8, '8 z 10'],
  ])('reads %j as %i', (text, score, phrase) => {
    expect(readFeedbackScore(text)).toEqual({ kind: 'found', score, phrase });
  });

  it.each([
    'Dziękuję za współpracę, wszystko w porządku.',
    'Spotkajmy się 10/10/2026 o 10:00.',
    'Faktura 12/10 została opłacona.',
    'We had 3 releases out of 10 planned.',
    'Thanks, 100% satisfied.',
  ])('proposes no score for %j', (text) => {
    expect(readFeedbackScore(text)).toEqual({ kind: 'none' });
  });

  it('proposes none when the reply holds two different scores', () => {
    expect(readFeedbackScore('Za jakość 9/10, za terminy 5/10.')).toEqual({ kind: 'ambiguous', scores: [5, 9] });
  });

  it('takes one score written twice as one', () => {
    expect(readFeedbackScore('9/10. Naprawdę, 9 na 10.')).toMatchObject({ kind: 'found', score: 9 });
  });
});
