import { describe, expect, it } from 'vitest';
import { filterRows, foldForSearch, indexRows, sortRows } from '../../../components/popup/overview';
import { openAmounts } from '../../../components/popup/money';
import { row } from './rows';

describe('popup search (issue 17, point 9)', () => {
  const rows = [
    row({ name: 'Żółć Design', company: 'Żółć sp. z o.o.', emails: ['biuro@zolc.pl'] }),
    row({ name: 'Brightfield', emails: ['mark.davies@brightfield.co.uk'], invoiceNos: ['FV 12/2026'] }),
    row({ name: 'Łukasz Mały' }),
  ];
  const find = (query: string) => filterRows(indexRows(rows), { query, stage: null }).map((found) => found.name);

  it('folds diacritics both ways, ł included', () => {
    expect(foldForSearch('Żółć Łódź')).toBe('zolc lodz');
    expect(find('zolc')).toEqual(['Żółć Design']);
    expect(find('ŻÓŁĆ')).toEqual(['Żółć Design']);
    expect(find('lukasz maly')).toEqual(['Łukasz Mały']);
  });

  it('searches addresses and invoice numbers', () => {
    expect(find('mark.davies')).toEqual(['Brightfield']);
    expect(find('12/2026')).toEqual(['Brightfield']);
    expect(find('nobody')).toEqual([]);
  });
});

describe('popup sort', () => {
  const a = row({ name: 'Beta', stage: 'settlement', open: [{ currency: 'PLN', openBalance: 100 }], endsOn: '2026-05-01' });
  const b = row({ name: 'Alfa', stage: 'notice', open: [{ currency: 'EUR', openBalance: -5000 }] });
  const c = row({ name: 'Gamma', stage: 'preparation', endsOn: '2026-04-01' });
  const names = (key: Parameters<typeof sortRows>[1]) => sortRows([a, b, c], key).map((sorted) => sorted.name);

  it('sorts by name, stage, open balance and end date', () => {
    expect(names('name')).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(names('stage')).toEqual(['Gamma', 'Alfa', 'Beta']);
    expect(names('balance')).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(names('end')).toEqual(['Gamma', 'Beta', 'Alfa']);
    expect(names('deadline')).toEqual(['Beta', 'Alfa', 'Gamma']);
  });

  it('shows open amounts per currency, negative when owed to the client', () => {
    expect(openAmounts([{ currency: 'PLN', openBalance: 402_000 }, { currency: 'EUR', openBalance: -5_000 }], 'en')).toMatch(/^PLN\s4,020\.00, −€50\.00$/);
  });
});
