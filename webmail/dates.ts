/**
 * Reads the dates Gmail and Outlook show ("Tue, Mar 5, 2024, 10:12 AM", "5 mar 2024, 10:12",
 * "wt., 5 marca 2024, 10:12", "5.03.2024 10:12", "2024-03-05 10:12") into an ISO string in the
 * user's time zone. Anything it cannot read yields undefined; the shown text is kept elsewhere.
 */

/** First three letters of English and Polish month names (Polish in any case form). */
const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  sty: 0, lut: 1, kwi: 3, maj: 4, cze: 5, lip: 6, sie: 7, wrz: 8, 'paź': 9, paz: 9, lis: 10, gru: 11,
};

const WORD = '([A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]{3,})';
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\.?\\s+${WORD}\\.?\\s+(\\d{4})`);
const MONTH_DAY_YEAR = new RegExp(`${WORD}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`);
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const DOTTED = /(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const TIME = /(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?\s?[Mm]\.?)?/;

function monthIndex(word: string): number | undefined {
  return MONTHS[word.slice(0, 3).toLowerCase()];
}

function findDate(text: string): { y: number; m: number; d: number; rest: string } | undefined {
  let match = ISO_DATE.exec(text);
  if (match) return { y: +match[1]!, m: +match[2]! - 1, d: +match[3]!, rest: text.replace(match[0], ' ') };
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const m = monthIndex(match[2]!);
    if (m !== undefined) return { y: +match[3]!, m, d: +match[1]!, rest: text.replace(match[0], ' ') };
  }
  match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const m = monthIndex(match[1]!);
    if (m !== undefined) return { y: +match[3]!, m, d: +match[2]!, rest: text.replace(match[0], ' ') };
  }
  match = DOTTED.exec(text);
  if (match) return { y: +match[3]!, m: +match[2]! - 1, d: +match[1]!, rest: text.replace(match[0], ' ') };
  // Slashes: the US order (Outlook in English), the only common one with slashes.
  match = SLASHED.exec(text);
  if (match) return { y: +match[3]!, m: +match[1]! - 1, d: +match[2]!, rest: text.replace(match[0], ' ') };
  return undefined;
}

export function parseMailDate(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const date = findDate(text);
  if (!date || date.m < 0 || date.m > 11 || date.d < 1 || date.d > 31 || date.y < 1990 || date.y > 2200) {
    return undefined;
  }
  let hours = 0;
  let minutes = 0;
  const time = TIME.exec(date.rest);
  if (time) {
    hours = +time[1]!;
    minutes = +time[2]!;
    const half = time[3]?.toLowerCase();
    if (half === 'p' && hours < 12) hours += 12;
    if (half === 'a' && hours === 12) hours = 0;
    if (hours > 23 || minutes > 59) return undefined;
  }
  const result = new Date(date.y, date.m, date.d, hours, minutes);
  if (Number.isNaN(result.getTime()) || result.getDate() !== date.d) return undefined;
  return result.toISOString();
}
