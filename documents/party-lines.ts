/** A party's address and register numbers as a document's heading prints them. */
import type { Lang } from '../offboarding/types';
import { formatNip } from '../offboarding/company';

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
