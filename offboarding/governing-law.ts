/**
 * Which law governs a contract, as far as the record knows it: a message cites Polish statutes
 * (k.c., the late-payments act) only where Polish law is the contract's law. A Polish-language
 * message with nothing recorded is read as written under Polish law; an English one is not — an
 * English client may be under English or another law, and the record does not say.
 */
import type { Contract } from './types';
import { isPolishAddress } from './company';

/** 'england-wales': the laws of England and Wales, named by English contracts and their clients (review9-en B11). */
export const GOVERNING_LAWS = ['pl', 'england-wales', 'other'] as const;
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

/** The recorded law by name, for a clause that says which law governs; undefined where the record names none. */
export function governingLawName(contract: Pick<Contract, 'governingLaw'>, lang: 'pl' | 'en'): string | undefined {
  if (contract.governingLaw === 'pl') return lang === 'pl' ? 'prawo polskie' : 'Polish law';
  if (contract.governingLaw === 'england-wales') return lang === 'pl' ? 'prawo Anglii i Walii' : 'the law of England and Wales';
  return undefined;
}
