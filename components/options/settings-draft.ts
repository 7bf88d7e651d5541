/**
 * The settings form's editable copy: the notice period as one amount and unit (what a person
 * types), checked before saving. Pure, so the rules are tested without a DOM.
 */
import type { NoticePeriod, Settings } from '../../offboarding/types';

export type NoticeUnit = 'days' | 'weeks' | 'months';

export interface SettingsDraft {
  settings: Settings;
  noticeAmount: string;
  noticeUnit: NoticeUnit;
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  const period = settings.defaultNoticePeriod ?? {};
  const unit: NoticeUnit = period.months ? 'months' : period.weeks ? 'weeks' : period.days ? 'days' : 'months';
  return { settings, noticeAmount: String(period[unit] ?? 0), noticeUnit: unit };
}

/** What blocks saving: the notice period must be a whole number (the store checks the rest). */
export function noticeProblem(draft: SettingsDraft): 'noticeInvalid' | null {
  return /^\d{1,3}$/.test(draft.noticeAmount.trim()) ? null : 'noticeInvalid';
}

/** The settings to save; empty optional fields are left out rather than stored as "". */
export function settingsFromDraft(draft: SettingsDraft): Settings {
  const { profile } = draft.settings;
  const period: NoticePeriod = {};
  const amount = Number(draft.noticeAmount.trim());
  if (amount > 0) period[draft.noticeUnit] = amount;
  const optional = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);
  // Details the form does not show (address, NIP, KRS: saved from the documents' form) stay as they are.
  const { address, nip, krs } = profile;
  const cleanProfile: Settings['profile'] = { name: profile.name.trim(), signature: profile.signature, ...(address ? { address } : {}), ...(nip ? { nip } : {}), ...(krs ? { krs } : {}) };
  if (profile.senderForm) cleanProfile.senderForm = profile.senderForm;
  for (const key of ['company', 'role', 'email', 'phone', 'bankAccount', 'bic', 'companyNumber', 'registeredIn', 'registeredOffice'] as const) {
    const value = optional(profile[key]);
    if (value !== undefined) cleanProfile[key] = value;
  }
  return { ...draft.settings, profile: cleanProfile, defaultNoticePeriod: period };
}

/**
 * The form's settings with the values other controls of the page own (the backup reminder, the
 * compose-box shortcut) taken from the latest settings: saving the form never undoes them.
 */
export function withValuesOwnedElsewhere(fromForm: Settings, latest: Settings): Settings {
  const { backupReminderDays: _days, composeShortcut: _shortcut, ...rest } = fromForm;
  const next: Settings = { ...rest };
  if (latest.backupReminderDays !== undefined) next.backupReminderDays = latest.backupReminderDays;
  if (latest.composeShortcut !== undefined) next.composeShortcut = latest.composeShortcut;
  return next;
}
