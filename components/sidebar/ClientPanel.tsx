/** The client the conversation belongs to, with its edit form. */
import { useState } from 'preact/hooks';
import type { Client, Offboarding } from '../../offboarding/types';
import type { ConversationContext } from '../../webmail/types';
import { Button, Checkbox, SelectField, Segmented, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { CLIENT_FORM_MAX_LENGTH, changesFromForm, formFromRecord } from './client-form';
import type { ClientForm, ClientFormErrors, NoticeUnit } from './client-form';
import { ADDRESS_FORM_LABEL, CONTRACT_TYPE_LABEL, INITIATOR_LABEL, REASON_LABEL, optionsOf } from './labels';
import { AddressFromThread } from './AddressFromThread';

export function ClientHeader({ client, editing }: { client: Client; editing: boolean }) {
  const { t, model } = useSidebar();
  return (
    <div class="sb-client">
      <div class="sb-client__names">
        <h1 class="sb-client__name" data-testid="client-name">{client.name}</h1>
        {client.company ? <p class="sb-client__company">{client.company}</p> : null}
        {client.emails.length > 0 ? <p class="sb-muted sb-client__emails">{client.emails.join(', ')}</p> : null}
      </div>
      {editing ? null : (
        <Button variant="quiet" onClick={() => model.setEditing(true)} aria-label={t('editClient')} data-testid="edit-client">
          {t('edit')}
        </Button>
      )}
    </div>
  );
}

export function ClientEditForm({ client, offboarding, context = null }: { client: Client; offboarding: Offboarding | null; context?: ConversationContext | null }) {
  const { t, model } = useSidebar();
  const [form, setForm] = useState<ClientForm>(() => formFromRecord(client, offboarding));
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const update = <K extends keyof ClientForm>(key: K) => (value: ClientForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorOf = (key: keyof ClientForm) => {
    const error = errors[key];
    return error ? t(error.key, error.params) : null;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = changesFromForm(form, client);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await model.saveClient(result.client, offboarding ? result.offboarding : undefined);
  };

  const units: Array<{ value: NoticeUnit; label: string }> = [
    { value: 'days', label: t('unitDays') },
    { value: 'weeks', label: t('unitWeeks') },
    { value: 'months', label: t('unitMonths') },
  ];

  return (
    <form class="sb-form" onSubmit={submit} data-testid="client-form" aria-label={t('formTitle')}>
      <h2 class="sb-form__title">{t('formTitle')}</h2>
      <TextField label={t('fieldName')} value={form.name} onInput={update('name')} error={errorOf('name')} maxLength={CLIENT_FORM_MAX_LENGTH.name} required autoFocus />
      <TextField label={t('fieldCompany')} value={form.company} onInput={update('company')} error={errorOf('company')} maxLength={CLIENT_FORM_MAX_LENGTH.company} />
      <Checkbox label={t('fieldTrades')} checked={form.trades} onChange={update('trades')} testId="client-trades" />
      <TextField label={t('fieldEmails')} value={form.emails} onInput={update('emails')} error={errorOf('emails')} />
      <TextField label={t('fieldDomains')} value={form.domains} onInput={update('domains')} error={errorOf('domains')} />
      <Segmented legend={t('fieldAddressForm')} value={form.addressForm} options={optionsOf(ADDRESS_FORM_LABEL, t)} onChange={update('addressForm')} />
      <AddressFromThread form={form} context={context} onApply={(patch) => setForm((f) => ({ ...f, ...patch }))} />
      <TextField label={t('fieldFirstName')} value={form.firstName} onInput={update('firstName')} error={errorOf('firstName')} maxLength={CLIENT_FORM_MAX_LENGTH.firstName} />
      <Checkbox label={t('fieldWarm')} checked={form.warm} onChange={update('warm')} disabled={form.firstName.trim() === ''} />
      <Segmented
        legend={t('fieldLanguage')}
        value={form.language}
        options={[{ value: 'pl', label: t('langPl') }, { value: 'en', label: t('langEn') }]}
        onChange={update('language')}
      />
      <fieldset class="sb-fieldset">
        <legend>{t('contractSection')}</legend>
        <SelectField label={t('fieldContractType')} value={form.contractType} options={[{ value: '', label: t('contractTypeNotEntered') }, ...optionsOf(CONTRACT_TYPE_LABEL, t)]} onChange={update('contractType')} />
        <TextField label={t('fieldSignedOn')} type="date" value={form.signedOn} onInput={update('signedOn')} />
        <TextField label={t('fieldClause')} value={form.clause} onInput={update('clause')} error={errorOf('clause')} maxLength={CLIENT_FORM_MAX_LENGTH.clause} />
        <TextField label={t('fieldBreachClause')} value={form.breachClause} onInput={update('breachClause')} error={errorOf('breachClause')} maxLength={CLIENT_FORM_MAX_LENGTH.breachClause} testId="client-breach-clause" />
        <div class="sb-row">
          <TextField label={t('fieldNoticeAmount')} type="number" min={0} inputMode="numeric" value={form.noticeAmount} onInput={update('noticeAmount')} error={errorOf('noticeAmount')} />
          <SelectField label={t('fieldNoticeUnit')} value={form.noticeUnit} options={units} onChange={update('noticeUnit')} />
        </div>
        <Checkbox label={t('fieldEndOfMonth')} checked={form.endOfMonth} onChange={update('endOfMonth')} />
        <SelectField
          label={t('fieldRequiredForm')}
          value={form.requiredForm}
          options={[{ value: '', label: t('formNotEntered') }, { value: 'documentary', label: t('formDocumentary') }, { value: 'written', label: t('formWritten') }]}
          onChange={update('requiredForm')}
        />
        <SelectField
          label={t('fieldGoverningLaw')}
          value={form.governingLaw}
          options={[{ value: '', label: t('lawNotRecorded') }, { value: 'pl', label: t('lawPolish') }, { value: 'england-wales', label: t('lawEnglandWales') }, { value: 'other', label: t('lawOther') }]}
          onChange={update('governingLaw')}
          testId="client-governing-law"
        />
        <TextField label={t('fieldFixedTermEndsOn')} type="date" value={form.fixedTermEndsOn} onInput={update('fixedTermEndsOn')} error={errorOf('fixedTermEndsOn')} />
        <TextField
          label={t('fieldNonRenewalNoticeDays')}
          type="number"
          min={0}
          inputMode="numeric"
          value={form.nonRenewalNoticeDays}
          onInput={update('nonRenewalNoticeDays')}
          error={errorOf('nonRenewalNoticeDays')}
          hint={t('fieldNonRenewalNoticeDaysHint')}
        />
        <TextField label={t('fieldRenewalClause')} value={form.renewalClause} onInput={update('renewalClause')} error={errorOf('renewalClause')} maxLength={CLIENT_FORM_MAX_LENGTH.renewalClause} testId="client-renewal-clause" />
      </fieldset>
      {offboarding ? (
        <>
          <SelectField label={t('fieldInitiator')} value={form.initiator} options={optionsOf(INITIATOR_LABEL, t)} onChange={update('initiator')} />
          <SelectField label={t('fieldReason')} value={form.reason} options={optionsOf(REASON_LABEL, t)} onChange={update('reason')} />
        </>
      ) : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-client">{t('save')}</Button>
        <Button onClick={() => model.setEditing(false)}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
