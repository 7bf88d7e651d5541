/**
 * Polish company identifiers as documents print them: NIP (tax number, 10 digits with a check
 * digit) and KRS (National Court Register number, 10 digits). Typed text is normalised to the
 * digits; anything that is not a valid number is refused with a sentence saying why.
 */

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** "PL 123-456-32-18" → "1234563218"; separators and the EU prefix PL are dropped. */
function compactDigits(value: string, prefix?: RegExp): string {
  let text = value.trim();
  if (prefix) text = text.replace(prefix, '');
  return text.replace(/[\s\u00a0.-]/g, '');
}

/** The NIP as 10 digits, or the reason it is not one. */
export function normalizeNip(value: string): { nip: string } | { problem: string } {
  const digits = compactDigits(value, /^PL\s*/i);
  if (!/^\d{10}$/.test(digits)) return { problem: 'Expected a NIP of 10 digits (e.g. 123-456-32-18)' };
  const sum = NIP_WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const check = sum % 11;
  if (check === 10 || check !== Number(digits[9])) return { problem: `NIP ${digits} has a wrong check digit; check it against the register` };
  return { nip: digits };
}

/** The KRS number as 10 digits (leading zeros kept), or the reason it is not one. */
export function normalizeKrs(value: string): { krs: string } | { problem: string } {
  const digits = compactDigits(value, /^KRS\s*/i);
  if (!/^\d{1,10}$/.test(digits)) return { problem: 'Expected a KRS number of up to 10 digits (e.g. 0000123456)' };
  return { krs: digits.padStart(10, '0') };
}

/** A BIC (SWIFT) as 8 or 11 upper-case characters: bank (4 letters), country (2), place (2), branch (3, optional). */
export function normalizeBic(value: string): { bic: string } | { problem: string } {
  const compact = value.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (!/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compact)) return { problem: 'Expected a BIC (SWIFT) of 8 or 11 characters (e.g. BPKOPLPW)' };
  return { bic: compact };
}

/** Writes a NIP as the register shows it: 123-456-32-18. */
export function formatNip(nip: string): string {
  if (!/^\d{10}$/.test(nip)) throw new Error(`formatNip: "${nip}" is not 10 digits`);
  return `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
}

/**
 * Polish legal forms entered in the KRS register: companies (sp. z o.o., S.A., P.S.A.) and
 * partnerships (sp.j., sp.p., sp.k., S.K.A.). A sole trader is in CEIDG and has no KRS number;
 * a foreign company (Ltd, GmbH) is in its own country's register.
 */
const KRS_FORMS = /(^|[\s,])(sp\.\s*z\s*o\.\s*o\.?|spółka\s+z\s+ograniczoną\s+odpowiedzialnością|s\.\s*a\.?|spółka\s+akcyjna|p\.\s*s\.\s*a\.?|sp\.\s*k\.?|sp\.\s*j\.?|sp\.\s*p\.?|s\.\s*k\.\s*a\.?|spółka\s+(jawna|komandytowa|partnerska|komandytowo-akcyjna))(?=$|[\s,.)])/iu;

export function isKrsRegisteredForm(name: string): boolean {
  return KRS_FORMS.test(name.trim());
}

/** An address with no country, or with Poland written in either language, is in Poland. */
export function isPolishAddress(address: { country?: string }): boolean {
  const country = address.country?.trim().toLocaleLowerCase('pl');
  return country === undefined || country === '' || country === 'polska' || country === 'poland' || country === 'pl';
}

/**
 * An address typed on one line or several: "ul. Prosta 1, 00-850 Warszawa", "10115 Berlin" or
 * "London N1 7GR" after the street, and a country last when it is abroad. What it cannot read is
 * refused with the reason, never guessed.
 */
export function parsePostalAddress(text: string): { address: { street: string; postalCode: string; city: string; country?: string } } | { problem: string } {
  const parts = text.split(/[,\n]/).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 3) return { problem: 'Expected the street, then the postcode and town, and the country only when it is not Poland (e.g. "ul. Prosta 1, 00-850 Warszawa")' };
  const [street, town, country] = parts as [string, string, string | undefined];
  const codeFirst = /^(\d{2}-\d{3}|[A-Z]{0,2}-?\d{3,6})\s+(\S.*)$/i.exec(town);
  const townFirst = /^(\S.*?)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5}(?:-\d{4})?)$/i.exec(town);
  const polishCountry = country === undefined || isPolishAddress({ country });
  if (polishCountry && !/^\d{2}-\d{3}\s/.test(town)) return { problem: `"${town}" has no Polish postcode (NN-NNN) before the town` };
  const postalCode = codeFirst?.[1] ?? townFirst?.[2];
  const city = codeFirst?.[2] ?? townFirst?.[1];
  if (!postalCode || !city) return { problem: `"${town}" is not a postcode and a town` };
  return { address: { street, postalCode, city, ...(country !== undefined && !isPolishAddress({ country }) ? { country } : {}) } };
}

/** The address on one line, as the form shows it again ("ul. Prosta 1, 00-850 Warszawa"). */
export function postalAddressLine(address: { street: string; postalCode: string; city: string; country?: string }): string {
  return [address.street, `${address.postalCode} ${address.city}`, address.country].filter(Boolean).join(', ');
}
