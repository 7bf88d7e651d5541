/**
 * A bank account number as a payment instruction needs it: an IBAN (ISO 13616) or a Polish NRB
 * (the IBAN's 26 digits without "PL") is checked by its check digits (mod 97), so that a typo is
 * caught before it is printed in a document that asks to be paid; any other number (a UK sort
 * code and account number, say) is not an IBAN and stays as the user wrote it.
 */

export type BankAccountCheck =
  /** `iban`: grouped by four ("PL61 1090 1014 …"), the country first; `text`: as written. */
  | { kind: 'iban'; iban: string; text: string }
  | { kind: 'other'; text: string }
  | { kind: 'invalid'; text: string };

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/** ISO 13616: the country and check digits moved to the end, letters as 10–35, the whole mod 97 is 1. */
function ibanChecks(compact: string): boolean {
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`;
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function checkBankAccount(account: string): BankAccountCheck {
  const text = account.trim();
  const compact = text.replace(/[\s\u00a0-]/g, '').toUpperCase();
  const candidate = /^\d{26}$/.test(compact) ? `PL${compact}` : compact;
  if (!IBAN_SHAPE.test(candidate)) return { kind: 'other', text };
  // A Polish IBAN has 28 characters; a wrong length is a typo like a wrong digit.
  if ((candidate.startsWith('PL') && candidate.length !== 28) || !ibanChecks(candidate)) return { kind: 'invalid', text };
  return { kind: 'iban', iban: (candidate.match(/.{1,4}/g) ?? []).join(' '), text };
}
