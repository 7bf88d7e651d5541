/** The period filter's presets, as inclusive start-day bounds relative to today. */
import type { InsightsPeriod } from '../../offboarding/insights';
import { addDaysIso } from '../../offboarding/calendar';

export type PeriodPreset = 'all' | 'last12' | 'thisYear' | 'lastYear' | 'custom';

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): InsightsPeriod {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'all':
      return {};
    case 'last12': {
      // From the same day a year ago, the day after (so 12 full months end today).
      const yearAgo = `${year - 1}${today.slice(4)}`;
      return { from: addDaysIso(yearAgo === `${year - 1}-02-29` ? `${year - 1}-02-28` : yearAgo, 1), to: today };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}
