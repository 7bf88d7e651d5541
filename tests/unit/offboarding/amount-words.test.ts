import { describe, expect, it } from 'vitest';
import { polishAmountWords, polishNounForm, polishNumberWords } from '../../../offboarding/amount-words';

describe('Polish numbers in words', () => {
  it.each([
    [0, 'zero'],
    [1, 'jeden'],
    [2, 'dwa'],
    [11, 'jedenaście'],
    [15, 'piętnaście'],
    [20, 'dwadzieścia'],
    [21, 'dwadzieścia jeden'],
    [100, 'sto'],
    [101, 'sto jeden'],
    [212, 'dwieście dwanaście'],
    [999, 'dziewięćset dziewięćdziesiąt dziewięć'],
    [1000, 'tysiąc'],
    [1001, 'tysiąc jeden'],
    [2000, 'dwa tysiące'],
    [4020, 'cztery tysiące dwadzieścia'],
    [5000, 'pięć tysięcy'],
    [12_000, 'dwanaście tysięcy'],
    [14_000, 'czternaście tysięcy'],
    [21_000, 'dwadzieścia jeden tysięcy'],
    [22_000, 'dwadzieścia dwa tysiące'],
    [112_000, 'sto dwanaście tysięcy'],
    [124_500, 'sto dwadzieścia cztery tysiące pięćset'],
    [1_000_000, 'milion'],
    [2_000_001, 'dwa miliony jeden'],
    [5_000_000, 'pięć milionów'],
    [21_001_000, 'dwadzieścia jeden milionów tysiąc'],
    [999_999_999, 'dziewięćset dziewięćdziesiąt dziewięć milionów dziewięćset dziewięćdziesiąt dziewięć tysięcy dziewięćset dziewięćdziesiąt dziewięć'],
  ])('%i → %s', (n, words) => {
    expect(polishNumberWords(n)).toBe(words);
  });

  it('says a lone one in the neuter for a neuter noun, and only a lone one', () => {
    expect(polishNumberWords(1, 'n')).toBe('jedno');
    expect(polishNumberWords(21, 'n')).toBe('dwadzieścia jeden');
    expect(polishNumberWords(1001, 'n')).toBe('tysiąc jeden');
  });

  it('refuses what is not a whole number from 0 to 999 999 999', () => {
    for (const n of [-1, 1.5, 1_000_000_000, Number.NaN]) expect(() => polishNumberWords(n)).toThrow(RangeError);
  });

  it('picks the noun form after a numeral: 1, 2–4 except 12–14, the rest', () => {
    const forms = { one: 'złoty', few: 'złote', many: 'złotych', gender: 'm' as const };
    const expected: Record<number, string> = { 0: 'złotych', 1: 'złoty', 2: 'złote', 4: 'złote', 5: 'złotych', 11: 'złotych', 12: 'złotych', 14: 'złotych', 21: 'złotych', 22: 'złote', 104: 'złote', 112: 'złotych', 1000: 'złotych' };
    for (const [n, form] of Object.entries(expected)) expect(polishNounForm(Number(n), forms)).toBe(form);
  });
});

describe('Polish amounts in words', () => {
  it.each([
    [402000, 'PLN', 'cztery tysiące dwadzieścia złotych 00/100'],
    [100, 'PLN', 'jeden złoty 00/100'],
    [200, 'PLN', 'dwa złote 00/100'],
    [2200, 'PLN', 'dwadzieścia dwa złote 00/100'],
    [1200, 'PLN', 'dwanaście złotych 00/100'],
    [50, 'PLN', 'zero złotych 50/100'],
    [430500, 'PLN', 'cztery tysiące trzysta pięć złotych 00/100'],
    [615007, 'PLN', 'sześć tysięcy sto pięćdziesiąt złotych 07/100'],
    [99_999_999_999, 'PLN', 'dziewięćset dziewięćdziesiąt dziewięć milionów dziewięćset dziewięćdziesiąt dziewięć tysięcy dziewięćset dziewięćdziesiąt dziewięć złotych 99/100'],
    [100, 'EUR', 'jedno euro 00/100'],
    [120000, 'EUR', 'tysiąc dwieście euro 00/100'],
    [2100, 'EUR', 'dwadzieścia jeden euro 00/100'],
    [300, 'USD', 'trzy dolary amerykańskie 00/100'],
    [500, 'USD', 'pięć dolarów amerykańskich 00/100'],
    [100, 'GBP', 'jeden funt szterling 00/100'],
    [245000, 'GBP', 'dwa tysiące czterysta pięćdziesiąt funtów szterlingów 00/100'],
    [400, 'GBP', 'cztery funty szterlingi 00/100'],
  ])('%i %s → %s', (minor, currency, words) => {
    expect(polishAmountWords(minor, currency)).toBe(words);
  });

  it('spells the hundredths out on request, with their own plural', () => {
    expect(polishAmountWords(402020, 'PLN', { minor: 'words' })).toBe('cztery tysiące dwadzieścia złotych dwadzieścia groszy');
    expect(polishAmountWords(101, 'PLN', { minor: 'words' })).toBe('jeden złoty jeden grosz');
    expect(polishAmountWords(203, 'PLN', { minor: 'words' })).toBe('dwa złote trzy grosze');
    expect(polishAmountWords(512, 'PLN', { minor: 'words' })).toBe('pięć złotych dwanaście groszy');
    expect(polishAmountWords(100, 'PLN', { minor: 'words' })).toBe('jeden złoty zero groszy');
    expect(polishAmountWords(122, 'EUR', { minor: 'words' })).toBe('jedno euro dwadzieścia dwa centy');
    expect(polishAmountWords(1, 'GBP', { minor: 'words' })).toBe('zero funtów szterlingów jeden pens');
    expect(polishAmountWords(25, 'USD', { minor: 'words' })).toBe('zero dolarów amerykańskich dwadzieścia pięć centów');
  });

  it('has no words for another currency, and refuses an amount out of range', () => {
    expect(polishAmountWords(100, 'CHF')).toBeUndefined();
    for (const minor of [-1, 0.5, 100_000_000_000]) expect(() => polishAmountWords(minor, 'PLN')).toThrow(RangeError);
  });
});
