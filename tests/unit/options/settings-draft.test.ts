import { describe, expect, it } from 'vitest';
import { draftFromSettings, noticeProblem, settingsFromDraft } from '../../../components/options/settings-draft';
import type { Settings } from '../../../offboarding/types';

const base: Settings = {
  profile: { name: 'Ola Lis', senderForm: 'f', signature: 'template', company: 'Lis Studio' },
  defaultLanguage: 'pl',
  defaultTone: 'formal',
  defaultNoticePeriod: { weeks: 2 },
  uiLanguage: 'auto',
};

describe('settings draft', () => {
  it('reads the notice period as one amount and unit', () => {
    expect(draftFromSettings(base)).toMatchObject({ noticeAmount: '2', noticeUnit: 'weeks' });
    expect(draftFromSettings({ ...base, defaultNoticePeriod: {} })).toMatchObject({ noticeAmount: '0', noticeUnit: 'months' });
  });

  it('rejects a notice period that is not a whole number', () => {
    const draft = draftFromSettings(base);
    expect(noticeProblem(draft)).toBeNull();
    expect(noticeProblem({ ...draft, noticeAmount: '1.5' })).toBe('noticeInvalid');
    expect(noticeProblem({ ...draft, noticeAmount: '-1' })).toBe('noticeInvalid');
    expect(noticeProblem({ ...draft, noticeAmount: '' })).toBe('noticeInvalid');
  });

  it('saves trimmed values and drops empty optional fields', () => {
    const draft = draftFromSettings(base);
    const edited = {
      ...draft,
      noticeAmount: '30',
      noticeUnit: 'days' as const,
      settings: { ...draft.settings, profile: { ...draft.settings.profile, name: ' Ola Lis ', company: '  ', phone: ' +48 600 ' } },
    };
    const saved = settingsFromDraft(edited);
    expect(saved.profile).toEqual({ name: 'Ola Lis', senderForm: 'f', signature: 'template', phone: '+48 600' });
    expect(saved.defaultNoticePeriod).toEqual({ days: 30 });
    expect(settingsFromDraft({ ...draft, noticeAmount: '0' }).defaultNoticePeriod).toEqual({});
  });

  it('keeps the details the documents use: bank account, BIC, a UK company’s registration, address and NIP', () => {
    const address = { street: 'ul. Długa 5/3', postalCode: '30-001', city: 'Kraków' };
    const draft = draftFromSettings({ ...base, profile: { ...base.profile, address, nip: '5260250274' } });
    const profile = { ...draft.settings.profile, bankAccount: ' PL61 1090 ', bic: ' BPKOPLPW ', companyNumber: '09876543', registeredIn: 'England and Wales', registeredOffice: '  ' };
    const saved = settingsFromDraft({ ...draft, settings: { ...draft.settings, profile } });
    expect(saved.profile).toEqual({
      name: 'Ola Lis',
      senderForm: 'f',
      signature: 'template',
      company: 'Lis Studio',
      address,
      nip: '5260250274',
      bankAccount: 'PL61 1090',
      bic: 'BPKOPLPW',
      companyNumber: '09876543',
      registeredIn: 'England and Wales',
    });
  });
});
