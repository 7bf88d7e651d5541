/**
 * Which law governs a contract, as far as the record knows it: a message cites Polish statutes
 * (k.c., the late-payments act) only where Polish law is the contract's law. A Polish-language
 * message with nothing recorded is read as written under Polish law; an English one is not — an
 * English client may be under English or another law, and the record does not say.
 */
import type { Contract } from './types';

export const GOVERNING_LAWS = ['pl', 'other'] as const;
export type GoverningLaw = (typeof GOVERNING_LAWS)[number];

export function citesPolishLaw(contract: Pick<Contract, 'governingLaw'>, lang: 'pl' | 'en'): boolean {
  if (contract.governingLaw !== undefined) return contract.governingLaw === 'pl';
  return lang === 'pl';
}
