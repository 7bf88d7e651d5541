import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../webmail/dates';

/** [year, month (1-12), day, hours, minutes] of a parsed date, in local time. */
function parts(iso: string | undefined): number[] | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
}

describe('dates in the UI language, from Intl', () => {
  it.each([
    // Gmail span.g3[title] in each UI language, and Outlook's numeric forms.
    ['pl', '4 mar 2024, 09:15', [2024, 3, 4, 9, 15]],
    ['pl', 'wt., 5 marca 2024, 10:12', [2024, 3, 5, 10, 12]],
    ['pl', 'pon. 04.03.2024 09:15', [2024, 3, 4, 9, 15]],
    ['en', 'Mon, Mar 4, 2024, 9:15 AM', [2024, 3, 4, 9, 15]],
    ['en', 'Tue, Mar 5, 2024, 12:40 PM', [2024, 3, 5, 12, 40]],
    ['en-GB', '20 Aug 2025, 13:19 (2 days ago)', [2025, 8, 20, 13, 19]],
    ['en', 'Mon 3/4/2024 9:15 AM', [2024, 3, 4, 9, 15]],
    ['en-GB', 'Mon 03/04/2024 09:15', [2024, 4, 3, 9, 15]],
    ['ru', '26 дек. 2019 г., 22:53', [2019, 12, 26, 22, 53]],
    ['ru', '3 марта 2024 г., 8:05', [2024, 3, 3, 8, 5]],
    ['zh-CN', '2016年5月4日 上午10:08', [2016, 5, 4, 10, 8]],
    ['zh-CN', '2016年5月4日 下午10:08', [2016, 5, 4, 22, 8]],
    ['de', 'Mo 04.03.2024 09:15', [2024, 3, 4, 9, 15]],
    ['de', '26. Dez. 2019, 22:53', [2019, 12, 26, 22, 53]],
    ['de', '4. März 2024 um 09:15', [2024, 3, 4, 9, 15]],
  ])('%s: "%s"', (locale, text, expected) => {
    expect(parts(parseMailDate(text, { locale }))).toEqual(expected);
  });

  it('keeps an ambiguous numeric date as text when the page does not say its locale', () => {
    expect(parseMailDate('Mon 3/4/2024 9:15 AM')).toBeUndefined();
    expect(parseMailDate('Mon 3/4/2024 9:15 AM', { locale: '' })).toBeUndefined();
    expect(parseMailDate('Mon 3/4/2024 9:15 AM', { locale: 'not a tag!' })).toBeUndefined();
    // One number that cannot be a month settles the order without any guess.
    expect(parts(parseMailDate('Mon 3/14/2024 9:15 AM'))).toEqual([2024, 3, 14, 9, 15]);
    expect(parts(parseMailDate('14/3/2024 09:15'))).toEqual([2024, 3, 14, 9, 15]);
  });

  it('reads month names whatever the page says, and ISO dates everywhere', () => {
    expect(parts(parseMailDate('Mar 4, 2024, 9:15 AM'))).toEqual([2024, 3, 4, 9, 15]);
    expect(parts(parseMailDate('4 marca 2024, 09:15', { locale: 'ru' }))).toEqual([2024, 3, 4, 9, 15]);
    expect(parts(parseMailDate('2024-03-05 10:00', { locale: 'zh-CN' }))).toEqual([2024, 3, 5, 10, 0]);
  });

  it('reads nothing it cannot be sure of', () => {
    expect(parseMailDate('10:02 AM', { locale: 'en' })).toBeUndefined();
    expect(parseMailDate('Mar 4', { locale: 'en' })).toBeUndefined();
    expect(parseMailDate('31 lut 2024', { locale: 'pl' })).toBeUndefined();
    expect(parseMailDate('Mon, Mar 4, 2024, 13:15 PM', { locale: 'en' })).toBeUndefined();
    // A Buddhist-calendar locale's year is not a Gregorian year.
    expect(parseMailDate('4/3/2567 09:15', { locale: 'th' })).toBeUndefined();
    expect(parseMailDate('', { locale: 'pl' })).toBeUndefined();
    expect(parseMailDate(null)).toBeUndefined();
  });
});
