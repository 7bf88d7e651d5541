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

  it('on a Sunday says the legal day and the working day before it, without moving the legal one', () => {
    // 31 May 2026 is a Sunday; Friday 29 May is the last day a letter or courier delivers.
    const [alert] = collectAlerts([client], [makeOffboarding()], '2026-05-26').filter((a) => a.what === 'non-renewal-by');
    expect(alert!.on).toBe('2026-05-31');
    expect(alert!.body.pl).toContain('najpóźniej 31 maj 2026 (za 5 dni)');
    expect(alert!.body.pl).toContain('To niedziela');
    expect(alert!.body.pl).toContain('najpóźniej 29 maj 2026 (za 3 dni)');
    expect(alert!.body.en).toContain('by 31 May 2026 (in 5 days)');
    expect(alert!.body.en).toContain('That is a Sunday');
    expect(alert!.body.en).toContain('arrives by 29 May 2026 (in 3 days)');
    // On Saturday the safe day has passed: send at once.
    const [late] = collectAlerts([client], [makeOffboarding()], '2026-05-30').filter((a) => a.what === 'non-renewal-by');
    expect(late!.body.pl).toContain('już minął');
    expect(late!.body.en).toContain('has passed');
  });

  it('stays quiet when the deadline is weeks away', () => {
    expect(collectAlerts([client], [makeOffboarding()], '2026-05-01').filter((a) => a.what === 'non-renewal-by')).toEqual([]);
  });
});
