import { describe, expect, it } from 'vitest';
import { CLIENT_FORM_MAX_LENGTH, changesFromForm, formFromRecord } from '../../../components/sidebar/client-form';
import { documentNumberLabel, emptySettlementForm, itemFromForm } from '../../../components/sidebar/settlement-form';
import { sidebarMessages } from '../../../components/sidebar/messages';
import { currencyFromAlias } from '../../../offboarding/currency-aliases';
import { LIMITS, NOTICE_PERIOD_MAX } from '../../../common/limits';
import { clientSchema } from '../../../storage/schemas';
import type { Client } from '../../../offboarding/types';

const client: Client = {
  id: 'c1', name: 'Jan Kowalski', emails: ['jan@firma.pl'], domains: [], language: 'pl',
  recipient: { form: 'pan', firstName: 'Jan', warm: false },
  contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary' },
  notes: '', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('the client form’s limits are the store’s', () => {
  it('uses the schema’s numbers, so what the form accepts the store accepts', () => {
    expect(CLIENT_FORM_MAX_LENGTH.clause).toBe(LIMITS.shortText);
    const atLimit = changesFromForm({ ...formFromRecord(client, null), clause: 'x'.repeat(LIMITS.shortText) }, client);
    expect(atLimit.ok).toBe(true);
    if (atLimit.ok) expect(clientSchema.safeParse({ ...client, ...atLimit.client }).success).toBe(true);
    const over = changesFromForm({ ...formFromRecord(client, null), clause: 'x'.repeat(LIMITS.shortText + 1) }, client);
    expect(over).toEqual({ ok: false, errors: { clause: { key: 'tooLong', params: { max: '200' } } } });
  });

  it('refuses a 1 200-month notice period, saying the bound', () => {
    const result = changesFromForm({ ...formFromRecord(client, null), noticeAmount: '1200', noticeUnit: 'months' }, client);
    expect(result).toEqual({ ok: false, errors: { noticeAmount: { key: 'noticePeriodTooLong.months', params: { max: String(NOTICE_PERIOD_MAX.months) } } } });
    expect(changesFromForm({ ...formFromRecord(client, null), noticeAmount: '36', noticeUnit: 'months' }, client).ok).toBe(true);
    expect(changesFromForm({ ...formFromRecord(client, null), noticeAmount: '90', noticeUnit: 'days' }, client).ok).toBe(true);
  });
});

describe('a settlement line as typed', () => {
  const typed = (amount: string, currency: string) => itemFromForm({ ...emptySettlementForm('receivable', currency), description: 'FV 1/2026', amount });

  it('accepts "zł", "zl", "€", "£", "$" as currencies and stores the ISO code', () => {
    expect(currencyFromAlias('zł')).toBe('PLN');
    expect(currencyFromAlias(' ZL ')).toBe('PLN');
    expect(currencyFromAlias('€')).toBe('EUR');
    expect(currencyFromAlias('£')).toBe('GBP');
    expect(currencyFromAlias('$')).toBe('USD');
    expect(currencyFromAlias('chf')).toBe('CHF');
    expect(currencyFromAlias('¥')).toBeNull();
    expect(currencyFromAlias('złote monety')).toBeNull();
    const result = typed('4 920,00', 'zł');
    expect(result.ok && result.item).toMatchObject({ amountMinor: 492000, currency: 'PLN' });
  });

  it('refuses 0 with a reason, a huge amount naming the limit, and an empty currency by asking', () => {
    expect(typed('0', 'PLN')).toEqual({ ok: false, errors: { amount: { key: 'amountZero' } } });
    expect(typed('0,00', 'PLN')).toEqual({ ok: false, errors: { amount: { key: 'amountZero' } } });
    expect(typed('1 000 000 000 001', 'PLN')).toEqual({ ok: false, errors: { amount: { key: 'amountTooLarge' } } });
    expect(typed('99999999999999999999', 'PLN')).toEqual({ ok: false, errors: { amount: { key: 'amountTooLarge' } } });
    expect(typed('1 000 000 000 000', 'PLN').ok).toBe(true);
    expect(typed('100', '')).toEqual({ ok: false, errors: { currency: { key: 'currencyRequired' } } });
    expect(typed('100', 'XYZ1')).toEqual({ ok: false, errors: { currency: { key: 'invalidCurrency' } } });
  });

  it('refuses a description over the store’s limit', () => {
    const result = itemFromForm({ ...emptySettlementForm('receivable', 'PLN'), description: 'x'.repeat(LIMITS.shortText * 5 + 1), amount: '10' });
    expect(result).toEqual({ ok: false, errors: { description: { key: 'tooLong', params: { max: '1000' } } } });
  });
});

describe('the document number of a settlement line', () => {
  it('asks for the correcting invoice on a liability, the invoice on a receivable (review9-pl A5)', () => {
    expect(sidebarMessages[documentNumberLabel('liability')].pl).toBe('Nr faktury korygującej');
    expect(sidebarMessages[documentNumberLabel('receivable')].pl).toBe('Nr faktury');
  });
});
