/** A date as the user types it in a missing value or a document field. */
import { parseIsoDateParts } from '../offboarding/calendar';

/** A date the user typed: ISO YYYY-MM-DD or Polish DD.MM.YYYY; undefined when it is neither. */
export function parseTypedDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const polish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*r\.?)?$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : polish ? [polish[3], polish[2], polish[1]] : undefined;
  if (!parts) return undefined;
  const candidate = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  try {
    parseIsoDateParts(candidate, 'typed date');
  } catch {
    return undefined;
  }
  return candidate;
}
