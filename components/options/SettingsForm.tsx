/** Profile, defaults and UI language, saved together with settings.put. */
import { useState } from 'preact/hooks';
import type { Lang, SenderForm, Settings, Tone, UserProfile } from '../../offboarding/types';
import { Alert, Button, Section, Segmented, SelectField, TextField } from '../ui/controls';
import type { StoreClient } from '../../storage/protocol';
import { userErrorText } from '../../common/user-errors';
import { resolveUiLang } from '../../common/i18n';
import { LIMITS } from '../../common/limits';
import type { OptionsTranslate } from './messages';
import { draftFromSettings, noticeProblem, settingsFromDraft, withValuesOwnedElsewhere } from './settings-draft';
import type { NoticeUnit, SettingsDraft } from './settings-draft';

interface SettingsFormProps {
  t: OptionsTranslate;
  store: StoreClient;
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

export function SettingsForm({ t, store, settings, onSaved }: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const noticeError = noticeProblem(draft);

  const setProfile = <K extends keyof UserProfile>(key: K, value: UserProfile[K]) =>
    setDraft((current) => ({ ...current, settings: { ...current.settings, profile: { ...current.settings.profile, [key]: value } } }));
  const setSetting = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setDraft((current) => ({ ...current, settings: { ...current.settings, [key]: value } }));

  const save = async (event: Event) => {
    event.preventDefault();
    if (noticeError) return;
    setSaving(true);
    try {
      const saved = await store.call('settings.put', { settings: withValuesOwnedElsewhere(settingsFromDraft(draft), settings) });
      setStatus({ tone: 'ok', text: t('saved') });
      onSaved(saved);
    } catch (caught) {
      setStatus({ tone: 'error', text: t('saveFailed', { error: userErrorText(caught, resolveUiLang(settings.uiLanguage)) }) });
    } finally {
      setSaving(false);
    }
  };

  const { profile } = draft.settings;
  const langOptions = [
    { value: 'pl' as Lang, label: t('lang.pl') },
    { value: 'en' as Lang, label: t('lang.en') },
  ];

  return (
    <form onSubmit={(event) => void save(event)} data-testid="settings-form" noValidate>
      <Section title={t('profileTitle')} testId="profile">
        <div class="options-grid">
          <TextField label={t('profileName')} hint={t('profileNameHint')} value={profile.name} onInput={(v) => setProfile('name', v)} testId="profile-name" />
          <TextField label={t('profileCompany')} value={profile.company ?? ''} onInput={(v) => setProfile('company', v)} />
          <TextField label={t('profileRole')} value={profile.role ?? ''} onInput={(v) => setProfile('role', v)} />
          <TextField label={t('profileEmail')} type="email" inputMode="email" value={profile.email ?? ''} onInput={(v) => setProfile('email', v)} />
          <TextField label={t('profilePhone')} value={profile.phone ?? ''} onInput={(v) => setProfile('phone', v)} />
          <TextField label={t('profileBankAccount')} hint={t('profileBankAccountHint')} value={profile.bankAccount ?? ''} onInput={(v) => setProfile('bankAccount', v)} testId="profile-bank-account" />
          <TextField label={t('profileBic')} hint={t('profileBicHint')} value={profile.bic ?? ''} onInput={(v) => setProfile('bic', v)} testId="profile-bic" />
          <TextField label={t('profileCompanyNumber')} hint={t('profileRegistrationHint')} value={profile.companyNumber ?? ''} maxLength={LIMITS.companyNumber} onInput={(v) => setProfile('companyNumber', v)} testId="profile-company-number" />
          <TextField label={t('profileRegisteredIn')} value={profile.registeredIn ?? ''} maxLength={LIMITS.registeredIn} onInput={(v) => setProfile('registeredIn', v)} testId="profile-registered-in" />
          <TextField label={t('profileRegisteredOffice')} value={profile.registeredOffice ?? ''} maxLength={LIMITS.shortText} onInput={(v) => setProfile('registeredOffice', v)} testId="profile-registered-office" />
        </div>
        <Segmented<SenderForm>
          legend={t('senderForm')}
          value={profile.senderForm}
          options={(['m', 'f', 'we'] as const).map((value) => ({ value, label: t(`senderForm.${value}`) }))}
          onChange={(value) => setProfile('senderForm', value)}
          testId="profile-sender-form"
        />
        {profile.senderForm ? null : <p class="ui-field__hint" data-testid="sender-form-missing">{t('senderFormMissing')}</p>}
        <Segmented<UserProfile['signature']>
          legend={t('signature')}
          value={profile.signature}
          options={(['webmail', 'template'] as const).map((value) => ({ value, label: t(`signature.${value}`) }))}
          onChange={(value) => setProfile('signature', value)}
        />
        <p class="ui-field__hint">{t('signatureHint')}</p>
      </Section>

      <Section title={t('defaultsTitle')} testId="defaults">
        <div class="options-grid">
          <SelectField<Lang> label={t('defaultLanguage')} value={draft.settings.defaultLanguage} options={langOptions} onChange={(v) => setSetting('defaultLanguage', v)} />
          <SelectField<Tone>
            label={t('defaultTone')}
            value={draft.settings.defaultTone}
            options={(['formal', 'warm'] as const).map((value) => ({ value, label: t(`tone.${value}`) }))}
            onChange={(v) => setSetting('defaultTone', v)}
          />
          <TextField
            label={t('noticeAmount')}
            type="number"
            inputMode="numeric"
            min={0}
            value={draft.noticeAmount}
            error={noticeError ? t(noticeError) : null}
            onInput={(v) => setDraft((current) => ({ ...current, noticeAmount: v }))}
            testId="notice-amount"
          />
          <SelectField<NoticeUnit>
            label={t('noticeUnit')}
            value={draft.noticeUnit}
            options={(['days', 'weeks', 'months'] as const).map((value) => ({ value, label: t(`unit.${value}`) }))}
            onChange={(v) => setDraft((current) => ({ ...current, noticeUnit: v }))}
          />
          <SelectField<Settings['uiLanguage']>
            label={t('uiLanguage')}
            value={draft.settings.uiLanguage}
            options={[{ value: 'auto', label: t('uiLanguage.auto') }, { value: 'pl', label: 'Polski' }, { value: 'en', label: 'English' }]}
            onChange={(v) => setSetting('uiLanguage', v)}
            testId="ui-language"
          />
        </div>
      </Section>
      <div class="options-actions">
        <Button variant="primary" type="submit" disabled={saving || noticeError !== null} data-testid="save-settings">
          {t('save')}
        </Button>
      </div>
      {status && <Alert tone={status.tone} testId="settings-status">{status.text}</Alert>}
    </form>
  );
}
