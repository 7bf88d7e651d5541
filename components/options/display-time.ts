/** A moment (ISO instant) as the UI language writes it, in local time: "3 mar 2026, 14:05". */
import { formatDisplayDate } from '../../common/display-date';
import { todayIso } from '../../offboarding/calendar';
import type { Lang } from '../../offboarding/types';

export function formatDisplayDateTime(instant: string, lang: Lang): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatDisplayDate(todayIso(at), lang)}, ${two(at.getHours())}:${two(at.getMinutes())}`;
}
