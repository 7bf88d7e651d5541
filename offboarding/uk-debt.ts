/**
 * Which pre-action rules of the courts of England and Wales a demand for payment follows, from what
 * the record holds: the client's postal address (its country, and for "United Kingdom" its postcode
 * area) and whether the client is a company (a legal form in its name).
 *
 * - The Pre-Action Protocol for Debt Claims (in force since 1 October 2017) applies to a business
 *   claiming a debt from an individual, a sole trader included: a Letter of Claim stating the amount,
 *   whether interest or charges continue, the agreement, how to pay and where to send the Reply Form,
 *   enclosing a statement of account, the Information Sheet and Reply Form (Annex 1) and a Financial
 *   Statement form, and 30 days to reply before proceedings.
 * - Between businesses the protocol does not apply: the Practice Direction – Pre-Action Conduct and
 *   Protocols asks for a letter before claim and a reasonable time to answer (14 days in a
 *   straightforward case).
 *
 * Scotland and Northern Ireland have their own procedure, and an address that says neither country
 * nor a recognisable postcode tells nothing: then no English rule is assumed.
 */
import type { Client, Lang, PostalAddress } from './types';
import { hasLegalFormSuffix } from './client';
import { citesPolishLaw } from './governing-law';

export type UkJurisdiction = 'england-wales' | 'scotland' | 'northern-ireland';

const ENGLAND_WALES = new Set(['england', 'wales', 'england and wales', 'anglia', 'walia']);
const SCOTLAND = new Set(['scotland', 'szkocja']);
const NORTHERN_IRELAND = new Set(['northern ireland', 'irlandia północna']);
const UNITED_KINGDOM = new Set([
  'united kingdom', 'uk', 'u.k.', 'great britain', 'gb', 'britain', 'united kingdom of great britain and northern ireland',
  'wielka brytania', 'zjednoczone królestwo',
]);

/** Postcode areas wholly in Scotland (TD straddles the border, so it decides nothing). */
const SCOTTISH_AREAS = new Set(['AB', 'DD', 'DG', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'ZE']);
/** Crown dependencies, outside the United Kingdom's courts altogether. */
const NOT_UK_AREAS = new Set(['IM', 'JE', 'GY']);
const UK_POSTCODE = /^([A-Z]{1,2})\d[A-Z\d]?\s*\d[A-Z]{2}$/;

/** The UK jurisdiction an address is in, or undefined when it is not in the UK or does not say. */
export function ukJurisdictionOf(address: Pick<PostalAddress, 'country' | 'postalCode'> | undefined): UkJurisdiction | undefined {
  const country = address?.country?.trim().toLocaleLowerCase('pl').replace(/\s+/g, ' ');
  if (!country) return undefined;
  if (ENGLAND_WALES.has(country)) return 'england-wales';
  if (SCOTLAND.has(country)) return 'scotland';
  if (NORTHERN_IRELAND.has(country)) return 'northern-ireland';
  if (!UNITED_KINGDOM.has(country)) return undefined;
  const postcode = UK_POSTCODE.exec(address?.postalCode.trim().toUpperCase() ?? '');
  const area = postcode?.[1];
  if (area === undefined || area === 'TD' || NOT_UK_AREAS.has(area)) return undefined;
  if (area === 'BT') return 'northern-ireland';
  return SCOTTISH_AREAS.has(area) ? 'scotland' : 'england-wales';
}

/**
 * Whether an address is in the United Kingdom (any of its jurisdictions; not the Crown dependencies):
 * the UK GDPR then applies rather than the EU's (review9-en B2).
 */
export function inUnitedKingdom(address: Pick<PostalAddress, 'country' | 'postalCode'> | undefined): boolean {
  if (ukJurisdictionOf(address) !== undefined) return true;
  const country = address?.country?.trim().toLocaleLowerCase('pl').replace(/\s+/g, ' ');
  if (!country || !UNITED_KINGDOM.has(country)) return false;
  const area = UK_POSTCODE.exec(address?.postalCode.trim().toUpperCase() ?? '')?.[1];
  return area === undefined || !NOT_UK_AREAS.has(area);
}

/**
 * The UK jurisdiction for this client: where its address is; with no country in the address, England
 * and Wales when the contract is recorded under the laws of England and Wales (their courts then
 * hear it unless the contract says otherwise, which the record does not hold). An address abroad
 * keeps its own answer: the law of a contract does not move its client.
 */
export function ukJurisdictionFor(client: Pick<Client, 'contract'> & Partial<Pick<Client, 'address'>>): UkJurisdiction | undefined {
  const where = ukJurisdictionOf(client.address);
  if (where !== undefined) return where;
  const country = client.address?.country?.trim();
  return client.contract.governingLaw === 'england-wales' && !country ? 'england-wales' : undefined;
}

export type PreActionRoute = 'debt-protocol' | 'letter-before-claim';

/**
 * The pre-action route for a demand to a client in England and Wales: the Debt Claims protocol for
 * an individual or sole trader, a letter before claim for a company; undefined elsewhere.
 */
export function preActionRoute(where: UkJurisdiction | undefined, isCompany: boolean): PreActionRoute | undefined {
  if (where !== 'england-wales') return undefined;
  return isCompany ? 'letter-before-claim' : 'debt-protocol';
}

/**
 * The route for this client's demand in a message of this language: none under Polish law (the
 * demand then cites the Civil Code and the late-payments act), else by where the client is.
 */
export function preActionRouteFor(
  client: Pick<Client, 'contract'> & Partial<Pick<Client, 'address' | 'company' | 'name'>>,
  lang: Lang,
): PreActionRoute | undefined {
  if (citesPolishLaw(client.contract, lang)) return undefined;
  const isCompany = hasLegalFormSuffix(client.company ?? '') || hasLegalFormSuffix(client.name ?? '');
  return preActionRoute(ukJurisdictionFor(client), isCompany);
}
