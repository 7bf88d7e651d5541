/**
 * How a letter closes, after the salutation it opened with: one rule for every template
 * (review6-en B1, review10-en C4).
 */
import type { Lang } from '../offboarding/types';

/**
 * The closing of a formal English letter that may end up in a file (a notice, a withdrawal, a
 * demand): "Yours faithfully," after "Dear Sir or Madam," / "Dear Sir," / "Dear Madam," (no name),
 * "Yours sincerely," after a name or a team; Polish "Z poważaniem". Everyday messages: messageClosing.
 */
export function formalClosing(salutationLine: string | undefined, lang: Lang): string {
  if (lang === 'pl') return 'Z poważaniem';
  if (salutationLine === undefined || isImpersonalSalutation(salutationLine)) return 'Yours faithfully,';
  return 'Yours sincerely,';
}

/** "Dear Sir or Madam," / "Dear Sir," / "Dear Madam,": a letter to no named person. */
function isImpersonalSalutation(salutationLine: string): boolean {
  return /^Dear (?:Sir or Madam|Sirs|Sir|Madam),$/.test(salutationLine.trim());
}

/**
 * The closing of an everyday formal e-mail, the one rule for every such template (review10-en C4):
 * "Yours faithfully," after a salutation to no named person ("Dear Sir or Madam,"), which British
 * usage never closes "Kind regards,"; "Kind regards," after a name or a team; Polish "Z poważaniem".
 * Undefined while the English salutation itself is unknown: the closing then waits for it.
 */
export function messageClosing(salutationLine: string | undefined, lang: Lang): string | undefined {
  if (lang === 'pl') return 'Z poważaniem';
  if (salutationLine === undefined || salutationLine.trim() === '') return undefined;
  return isImpersonalSalutation(salutationLine) ? 'Yours faithfully,' : 'Kind regards,';
}
