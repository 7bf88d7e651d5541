import { describe, expect, it } from 'vitest';
import { checkBankAccount } from '../../../offboarding/bank-account';

describe('a bank account number', () => {
  it('an IBAN or a Polish NRB with good check digits is an IBAN, grouped by four', () => {
    expect(checkBankAccount('PL61 1090 1014 0000 0712 1981 2874')).toEqual({ kind: 'iban', iban: 'PL61 1090 1014 0000 0712 1981 2874', text: 'PL61 1090 1014 0000 0712 1981 2874' });
    expect(checkBankAccount('61109010140000071219812874')).toMatchObject({ kind: 'iban', iban: 'PL61 1090 1014 0000 0712 1981 2874' });
    expect(checkBankAccount('gb29 nwbk 6016 1331 9268 19')).toMatchObject({ kind: 'iban', iban: 'GB29 NWBK 6016 1331 9268 19' });
    expect(checkBankAccount('DE89 3704 0044 0532 0130 00')).toMatchObject({ kind: 'iban' });
  });

  it('a wrong check digit or a Polish number of the wrong length is invalid', () => {
    expect(checkBankAccount('PL02 1050 0099 7603 1234 5678 9123').kind).toBe('invalid');
    expect(checkBankAccount('62 1090 1014 0000 0712 1981 2874').kind).toBe('invalid');
    expect(checkBankAccount('GB28 NWBK 6016 1331 9268 19').kind).toBe('invalid');
    expect(checkBankAccount('PL61 1090 1014 0000 0712 1981 287').kind).toBe('invalid');
  });

  it('anything else is no IBAN and stays as written', () => {
    expect(checkBankAccount(' 20-00-00 12345678 ')).toEqual({ kind: 'other', text: '20-00-00 12345678' });
    expect(checkBankAccount('12 3456 7890')).toEqual({ kind: 'other', text: '12 3456 7890' });
  });
});
