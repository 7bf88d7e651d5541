import { describe, expect, it } from 'vitest';
import { preActionRoute, preActionRouteFor, ukJurisdictionFor, ukJurisdictionOf } from '../../../offboarding/uk-debt';
import type { Contract } from '../../../offboarding/types';

const at = (country: string | undefined, postalCode = 'N1 7GR') => ({ street: '1 High St', postalCode, city: 'X', ...(country === undefined ? {} : { country }) });
const contract: Contract = { type: 'service', noticePeriod: {}, endOfMonth: false, requiredForm: 'documentary' };

describe('the UK jurisdiction of a client address', () => {
  it.each([
    ['England', 'N1 7GR', 'england-wales'],
    ['Wales', 'CF10 1BS', 'england-wales'],
    ['United Kingdom', 'BS1 4DJ', 'england-wales'],
    ['Wielka Brytania', 'M1 1AE', 'england-wales'],
    ['UK', 'EH1 1YZ', 'scotland'],
    ['United Kingdom', 'G2 1DY', 'scotland'],
    ['United Kingdom', 'BT1 5GS', 'northern-ireland'],
    ['Scotland', 'AB10 1AB', 'scotland'],
    // TD straddles the border; a Crown dependency is not the UK; no postcode tells nothing.
    ['United Kingdom', 'TD15 1AA', undefined],
    ['United Kingdom', 'JE2 3AB', undefined],
    ['United Kingdom', 'unknown', undefined],
    ['Polska', '00-850', undefined],
    [undefined, '00-850', undefined],
  ] as const)('%s %s → %s', (country, postalCode, expected) => {
    expect(ukJurisdictionOf(at(country, postalCode))).toBe(expected);
  });

  it('the Debt Claims protocol for an individual or sole trader in England and Wales, a letter before claim for a company', () => {
    expect(preActionRoute(ukJurisdictionOf(at('England')), false)).toBe('debt-protocol');
    expect(preActionRoute(ukJurisdictionOf(at('England')), true)).toBe('letter-before-claim');
    expect(preActionRoute(ukJurisdictionOf(at('Scotland', 'EH1 1YZ')), false)).toBeUndefined();
    expect(preActionRoute(undefined, false)).toBeUndefined();
  });

  it('reads the company from the legal form, and applies no English rule under Polish law', () => {
    const emily = { contract, name: 'Emily Carter', address: at('United Kingdom', 'BS1 4DJ') };
    expect(preActionRouteFor(emily, 'en')).toBe('debt-protocol');
    expect(preActionRouteFor({ ...emily, company: 'Carter Design Ltd' }, 'en')).toBe('letter-before-claim');
    expect(preActionRouteFor({ ...emily, contract: { ...contract, governingLaw: 'pl' } }, 'en')).toBeUndefined();
    // A Polish message with no law recorded is read as under Polish law.
    expect(preActionRouteFor(emily, 'pl')).toBeUndefined();
  });

  it('under the laws of England and Wales, an address with no country is in England and Wales; an address abroad keeps its own answer', () => {
    const english: Contract = { ...contract, governingLaw: 'england-wales' };
    expect(ukJurisdictionFor({ contract: english })).toBe('england-wales');
    expect(ukJurisdictionFor({ contract: english, address: at(undefined, '') })).toBe('england-wales');
    expect(ukJurisdictionFor({ contract: english, address: at('Polska', '00-850') })).toBeUndefined();
    expect(ukJurisdictionFor({ contract: english, address: at('Scotland', 'EH1 1YZ') })).toBe('scotland');
    // Another law, or none recorded: no English court is assumed for an address that does not say.
    expect(ukJurisdictionFor({ contract: { ...contract, governingLaw: 'other' } })).toBeUndefined();
    expect(ukJurisdictionFor({ contract })).toBeUndefined();
    // So a Polish-language demand under English law follows the English route, not the Civil Code.
    expect(preActionRouteFor({ contract: english, name: 'Emily Carter' }, 'pl')).toBe('debt-protocol');
    expect(preActionRouteFor({ contract: english, name: 'Carter Design Ltd' }, 'en')).toBe('letter-before-claim');
  });
});
