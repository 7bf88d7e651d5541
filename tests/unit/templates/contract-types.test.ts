import { describe, expect, it } from 'vitest';
import { templateNotOfferedFor } from '../../../templates/contract-types';
import type { Client } from '../../../offboarding/types';

const contract = (changes: Partial<Client['contract']>): Pick<Client, 'contract'> => ({
  contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary', ...changes },
});

describe('which termination-notice variant a contract allows', () => {
  it.each([
    [false, 'period', undefined],
    [false, 'end-of-month', 'contract-terms'],
    [true, 'period', 'contract-terms'],
    [true, 'end-of-month', undefined],
    [true, 'immediate', undefined],
    [false, 'immediate', undefined],
  ] as const)('endOfMonth %s, variant %s → %s', (endOfMonth, variant, expected) => {
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant }, contract({ endOfMonth }))).toBe(expected);
  });

  it('offers both when the contract is unknown, and keeps the kind-level rule first', () => {
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'period' }, undefined)).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'end-of-month' }, null)).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'period' }, contract({ type: 'dzielo' }))).toBe('contract-type');
  });

  it('leaves the variants of other kinds alone', () => {
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'before' }, contract({ endOfMonth: true }))).toBeUndefined();
  });
});
