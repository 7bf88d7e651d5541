/** A party's address and register numbers as a document's heading prints them. */
import type { Lang, PostalAddress } from '../offboarding/types';
import { formatNip, isPolishAddress } from '../offboarding/company';

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

export function registryLines(nip: string | undefined, krs: string | undefined, lang: Lang): string[] {
  const lines: string[] = [];
  if (nip) lines.push(lang === 'pl' ? `NIP: ${formatNip(nip)}` : `Tax ID (NIP): ${formatNip(nip)}`);
  if (krs) lines.push(lang === 'pl' ? `KRS: ${krs}` : `KRS No.: ${krs}`);
  return lines;
}


export interface CompanyRegistration {
  companyNumber?: string | undefined;
  registeredIn?: string | undefined;
  registeredOffice?: string | undefined;
}

/**
 * A company outside the KRS as UK business documents identify it (SI 2015/17 reg. 25): where it is
 * registered, its number and its registered office; only what is recorded.
 */
export function registrationLines({ companyNumber, registeredIn, registeredOffice }: CompanyRegistration, lang: Lang): string[] {
  const number = companyNumber?.trim();
  const place = registeredIn?.trim();
  const office = registeredOffice?.trim();
  const lines: string[] = [];
  if (lang === 'pl') {
    if (place && number) lines.push(`Rejestr: ${place}, nr ${number}`);
    else if (number) lines.push(`Nr w rejestrze spółek: ${number}`);
    else if (place) lines.push(`Rejestr: ${place}`);
    if (office) lines.push(`Siedziba: ${office}`);
  } else {
    if (place && number) lines.push(`Registered in ${place}, company no. ${number}`);
    else if (number) lines.push(`Company no. ${number}`);
    else if (place) lines.push(`Registered in ${place}`);
    if (office) lines.push(`Registered office: ${office}`);
  }
  return lines;
}
