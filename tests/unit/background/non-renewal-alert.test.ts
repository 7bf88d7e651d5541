import { describe, expect, it } from 'vitest';
import { collectAlerts } from '../../../background/alerts';
import { makeClient, makeOffboarding } from './fixtures';

describe('the non-renewal alert', () => {
  const client = makeClient({
    contract: { type: 'service', noticePeriod: {}, endOfMonth: false, requiredForm: 'documentary', fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30 },
  });

  it('reminds, in both languages, a few days before the last day for the message', () => {
    const [alert] = collectAlerts([client], [makeOffboarding()], '2026-05-28').filter((a) => a.what === 'non-renewal-by');
    expect(alert).toBeDefined();
    expect(alert!.on).toBe('2026-05-31');
    expect(alert!.body.pl).toContain('najpóźniej');
    expect(alert!.body.pl).toContain('za 3 dni');
    expect(alert!.body.en).toContain('in 3 days');
    expect(alert!.title.en).toContain('Anna Nowak (Nowak Design)');
  });

  it('stays quiet when the deadline is weeks away', () => {
    expect(collectAlerts([client], [makeOffboarding()], '2026-05-01').filter((a) => a.what === 'non-renewal-by')).toEqual([]);
  });
});
