/**
 * Which law governs a contract, as far as the record knows it: a message cites Polish statutes
 * (k.c., the late-payments act) only where Polish law is the contract's law. A Polish-language
 * message with nothing recorded is read as written under Polish law; an English one is not — an
 * English client may be under English or another law, and the record does not say.
 */
import type { Contract } from './types';
import { isPolishAddress } from './company';

export const GOVERNING_LAWS = ['pl', 'other'] as const;
export type GoverningLaw = (typeof GOVERNING_LAWS)[number];

export function citesPolishLaw(contract: Pick<Contract, 'governingLaw'>, lang: 'pl' | 'en'): boolean {
  if (contract.governingLaw !== undefined) return contract.governingLaw === 'pl';
  return lang === 'pl';
}

/**
 * For a document, which says the same in both its languages: the recorded law, else Polish law when
 * neither party's address is abroad (an address with no country is in Poland). Where Polish law is
 * not known to govern, a document states no Polish counting rule as the contract's and keeps a
 * saving clause for a later end date (review7-en A14).
 */
export function documentUnderPolishLaw(contract: Pick<Contract, 'governingLaw'>, addresses: readonly ({ country?: string } | undefined)[]): boolean {
  if (contract.governingLaw !== undefined) return contract.governingLaw === 'pl';
  return addresses.every((address) => address === undefined || isPolishAddress(address));
}
