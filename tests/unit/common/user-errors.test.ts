import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../../storage/schemas';
import { firstIssueParams } from '../../../common/validation-issues';
import { fieldLabel, issueText, userErrorText } from '../../../common/user-errors';
import { LIMITS } from '../../../common/limits';
import { RequestError } from '../../../common/messaging/messenger';
import { StoreError } from '../../../storage/repo';

function refusalOf(op: keyof typeof requestSchemas, req: unknown) {
  const parsed = requestSchemas[op].safeParse(req);
  if (parsed.success) throw new Error('expected a refusal');
  return firstIssueParams(parsed.error);
}

describe('store refusals in the user’s words', () => {
  it('names the clause and its limit instead of zod’s "Too big" (issue 17, point 2)', () => {
    const params = refusalOf('clients.update', { id: 'c1', changes: { contract: { type: 'service', noticePeriod: {}, endOfMonth: false, requiredForm: 'documentary', clause: 'x'.repeat(201) } } });
    expect(params).toEqual({ path: 'changes.contract.clause', problem: 'too-long', limit: LIMITS.shortText });
    const error = new RequestError('Invalid request for "clients.update" at changes.contract.clause: Too big', 'clients.update', 'invalid-request', params);
    expect(userErrorText(error, 'pl')).toBe('„Paragraf o wypowiedzeniu” może mieć najwyżej 200 znaków. Skróć tekst i zapisz ponownie.');
    expect(userErrorText(error, 'en')).toBe('“Termination clause” can be at most 200 characters long. Shorten it and save again.');
  });

  it('maps a fractional amount, an empty name and an unknown key to problems a user can act on', () => {
    expect(refusalOf('offboarding.patch', { id: 'ob', patch: { op: 'settlement-add', item: { direction: 'receivable', description: 'FV', amountMinor: 10.5, currency: 'PLN', paid: false } } }))
      .toMatchObject({ path: 'patch.item.amountMinor', problem: 'not-whole' });
    expect(refusalOf('clients.update', { id: 'c1', changes: { name: '  ' } })).toMatchObject({ path: 'changes.name', problem: 'required' });
    expect(issueText({ path: 'changes.contract.noticePeriod.months', problem: 'too-large', limit: 3650 }, 'pl')).toMatch(/^„Okres wypowiedzenia” może wynosić najwyżej 3\s?650\. Popraw wartość i zapisz ponownie\.$/);
    expect(issueText({ path: 'changes.name', problem: 'required' }, 'en')).toBe('Fill in “Name” and save again.');
  });

  it('finds the longest known tail of a path, and says "value" for an unknown one', () => {
    expect(fieldLabel('changes.contract.title', 'pl')).toBe('Tytuł umowy');
    expect(fieldLabel('changes.recipient.title', 'en')).toBe('Title in the salutation');
    expect(fieldLabel('settings.profile.address.postalCode', 'pl')).toBe('Kod pocztowy');
    expect(fieldLabel('changes.contract.noticePeriod.months', 'en')).toBe('Notice period');
    expect(fieldLabel('changes.emails[3]', 'en')).toBe('E-mail addresses');
    expect(fieldLabel('(root)', 'en')).toBeNull();
    expect(issueText({ path: 'sneaky', problem: 'other' }, 'en')).toBe('“value” was not accepted. Correct it and save again.');
  });

  it('words coded failures, and never shows a developer message', () => {
    expect(userErrorText(new RequestError('Nobody answered "clients.get": Could not establish connection', 'clients.get', 'unavailable'), 'pl')).toMatch(/^Rozszerzenie chwilowo nie odpowiada/);
    expect(userErrorText(new StoreError('invalid', 'The acknowledgement (2026-01-01) cannot precede the notice (2026-02-01)', { rule: 'dates' }), 'en')).toMatch(/^The dates contradict each other/);
    expect(userErrorText(new StoreError('not-found', 'No client with id "x"'), 'pl')).toMatch(/^Tego wpisu już nie ma/);
    const raw = userErrorText(new TypeError("Cannot read properties of undefined (reading 'x')"), 'pl');
    expect(raw).toBe('Nie udało się wykonać tej czynności. Spróbuj ponownie; jeśli to się powtarza, przeładuj stronę.');
    expect(userErrorText('boom', 'en')).not.toContain('boom');
  });
});
