import { describe, expect, it } from 'vitest';
import { compareRows, filterRows, indexRows, stageCounts } from '../../../components/popup/overview';
import { row } from './rows';

describe('sorting by next deadline', () => {
  it('puts the earliest deadline first and rows without one last, then by name', () => {
    const rows = [
      row({ name: 'Zeta' }),
      row({ name: 'Later', nextDeadline: { on: '2026-05-01', what: 'payment-due' } }),
      row({ name: 'Alfa' }),
      row({ name: 'Soon', nextDeadline: { on: '2026-03-02', what: 'notice-end' } }),
    ];
    expect(indexRows(rows).map((entry) => entry.row.name)).toEqual(['Soon', 'Later', 'Alfa', 'Zeta']);
  });

  it('orders rows due the same day by name in Polish order (the same date is overdue for both or for neither)', () => {
    const rows = [
      row({ name: 'Łucja', nextDeadline: { on: '2026-03-02', what: 'feedback-due' } }),
      row({ name: 'lucyna', nextDeadline: { on: '2026-03-02', what: 'payment-due' } }),
      row({ name: 'Zenon', nextDeadline: { on: '2026-03-01', what: 'payment-due' } }),
      row({ name: 'Mateusz', nextDeadline: { on: '2026-03-02', what: 'payment-due' } }),
    ];
    expect(indexRows(rows).map((entry) => entry.row.name)).toEqual(['Zenon', 'lucyna', 'Łucja', 'Mateusz']);
  });
});

describe('search and stage filter', () => {
  const rows = [
    row({ name: 'Anna Nowak', company: 'Łódzka Drukarnia', stage: 'notice' }),
    row({ name: 'Jan Kowalski', company: 'ACME', stage: 'handover' }),
    row({ name: 'Zofia Żak', stage: 'notice' }),
  ];
  const indexed = indexRows(rows);
  const names = (query: string, stage: (typeof rows)[number]['stage'] | null = null) =>
    filterRows(indexed, { query, stage }).map((r) => r.name).sort();

  it('matches name or company, ignoring case, Polish letters included', () => {
    expect(names('ŁÓDZKA')).toEqual(['Anna Nowak']);
    expect(names('acme')).toEqual(['Jan Kowalski']);
    expect(names('żak')).toEqual(['Zofia Żak']);
  });

  it('needs every word and ignores surrounding spaces', () => {
    expect(names('  anna   drukarnia ')).toEqual(['Anna Nowak']);
    expect(names('anna acme')).toEqual([]);
    expect(names('')).toHaveLength(3);
  });

  it('filters by stage and combines with the search', () => {
    expect(names('', 'notice')).toEqual(['Anna Nowak', 'Zofia Żak']);
    expect(names('zofia', 'notice')).toEqual(['Zofia Żak']);
    expect(names('jan', 'notice')).toEqual([]);
  });

  it('counts every stage, zero included', () => {
    const counts = stageCounts(rows);
    expect(counts.notice).toBe(2);
    expect(counts.handover).toBe(1);
    expect(counts.closed).toBe(0);
  });
});
