/** A postal address as a letter prints it: a document's heading and a message's reply address share it. */
import type { Lang, PostalAddress } from './types';
import { isPolishAddress } from './company';

/** Countries that write the town before the postcode ("London N1 7GR"); elsewhere "00-850 Warszawa". */
const TOWN_FIRST = /^(united kingdom|uk|great britain|england|scotland|wales|northern ireland|ireland|united states|usa|us|canada|australia|wielka brytania|irlandia|stany zjednoczone|kanada|australia)$/i;

export function addressLines(address: PostalAddress, lang: Lang): string[] {
  const townFirst = TOWN_FIRST.test(address.country?.trim() ?? '');
  const town = townFirst ? `${address.city.trim()} ${address.postalCode.trim()}` : `${address.postalCode.trim()} ${address.city.trim()}`;
  const lines = [address.street.trim(), town];
  if (address.country?.trim() && !isPolishAddress(address)) lines.push(address.country.trim());
  // An English document goes abroad: a Polish address says so.
  else if (lang === 'en' && isPolishAddress(address)) lines.push('Poland');
  return lines;
}
