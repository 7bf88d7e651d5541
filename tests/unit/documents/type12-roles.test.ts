/** Issue 12 (type12): a contract whose type is not recorded gets party names that presume none. */
import { describe, expect, it } from 'vitest';
import { contractRoles } from '../../../documents/context';
import { contractNames } from '../../../templates/contract-names';
import { noticeGivenReason } from '../../../documents/agreement-notice-note';
import type { NoticeRecord } from '../../../offboarding/types';

describe('the parties and the contract of an unrecorded type', () => {
  it('Polish names the parties Klient and Wykonawca, in every case the sentences need', () => {
    const roles = contractRoles(undefined, 'pl');
    expect(roles.client).toEqual({ nom: 'Klient', gen: 'Klienta', dat: 'Klientowi', acc: 'Klienta', ins: 'Klientem' });
    expect(roles.us.nom).toBe('Wykonawca');
    // A recorded type keeps its own names.
    expect(contractRoles('zlecenie', 'pl').client.nom).toBe('Zleceniodawca');
    expect(contractRoles('service', 'pl').us.nom).toBe('Usługodawca');
  });

  it('English keeps Client and Contractor, which presume no type either', () => {
    expect(contractRoles(undefined, 'en').client.nom).toBe('Client');
    expect(contractRoles(undefined, 'en').us.nom).toBe('Contractor');
  });

  it('the contract is "umowa" / "agreement", and a recorded title still wins', () => {
    expect(contractNames(undefined, undefined, 'pl')).toEqual(['umowa', 'umowę', 'umowy']);
    expect(contractNames(undefined, undefined, 'en')).toEqual(['agreement', 'agreement', 'agreement']);
    expect(contractNames('service', undefined, 'pl')[0]).toBe('umowa o świadczenie usług');
    expect(contractNames(undefined, 'umowa o współpracy', 'pl')[1]).toBe('umowę o współpracy');
  });
});

describe('the note beside an agreement when a notice was given and no period is recorded', () => {
  const notice: NoticeRecord = { servedOn: '2026-03-02', channel: 'email', acknowledgementRequested: false, servedBy: 'client', deliveredOn: '2026-03-02' };
  it('states no end on delivery: an empty period is one nobody entered', () => {
    const pl = noticeGivenReason(notice, { noticePeriod: {}, endOfMonth: false }, 'pl');
    expect(pl).not.toMatch(/rozwiązuje się z chwilą doręczenia/);
    expect(pl).toContain('okresu wypowiedzenia brak w danych');
    expect(pl).toMatch(/^Klient wypowiedział/);
    const en = noticeGivenReason(notice, { noticePeriod: {}, endOfMonth: false }, 'en');
    expect(en).not.toMatch(/ends on its receipt/);
    expect(en).toContain('no notice period is recorded');
    // With a period recorded, the end is computed as before.
    expect(noticeGivenReason(notice, { noticePeriod: { months: 1 }, endOfMonth: false }, 'pl')).toContain('z upływem dnia 2 kwietnia 2026 r.');
  });
});
