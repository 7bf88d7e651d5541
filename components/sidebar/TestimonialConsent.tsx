/**
 * What the client allows for a testimonial — publish with a credit, only anonymously, or not at all —
 * and where it may appear: asked when it is kept, and editable later, because the client may change
 * their mind. The domain (offboarding/after.ts testimonialProblems) refuses the same inconsistencies.
 */
import { useState } from 'preact/hooks';
import type { TestimonialConsent, TestimonialPlacement, TestimonialRecord } from '../../offboarding/types';
import { TESTIMONIAL_PLACEMENTS } from '../../offboarding/types';
import { Button, Checkbox, Segmented, TextField } from '../ui/controls';
import { useSidebar } from './context';
import type { AfterMessageKey } from './after-messages';
import { errorText, useAfterT, type FieldError } from './after-fields';

export const CONSENT_LABEL: Record<TestimonialConsent, AfterMessageKey> = { no: 'consentNo', yes: 'consentYes', anonymous: 'consentAnonymous' };
const PLACEMENT_LABEL: Record<TestimonialPlacement, AfterMessageKey> = {
  website: 'placementWebsite',
  'case-study': 'placementCaseStudy',
  social: 'placementSocial',
  proposals: 'placementProposals',
};

export interface ConsentValue {
  consent: TestimonialConsent;
  credit: string;
  placements: TestimonialPlacement[];
}

type ConsentErrors = { credit?: FieldError; placements?: FieldError };

/** A name to publish under is required with a credit; a place to appear is required to publish at all. */
export function consentErrors(value: ConsentValue): ConsentErrors {
  return {
    credit: value.consent === 'yes' && value.credit.trim() === '' ? { key: 'creditRequired' } : null,
    placements: value.consent !== 'no' && value.placements.length === 0 ? { key: 'placementsRequired' } : null,
  };
}

/** The record's consent fields: no places when it may not be published; an empty credit is absent. */
export function publishable(value: ConsentValue): Pick<TestimonialRecord, 'consent' | 'placements' | 'credit'> {
  const credit = value.credit.trim();
  return { consent: value.consent, placements: value.consent === 'no' ? [] : value.placements, credit: credit === '' ? undefined : credit };
}

export function ConsentFields({ value, onChange, errors }: { value: ConsentValue; onChange: (value: ConsentValue) => void; errors: ConsentErrors }) {
  const t = useAfterT();
  const set = (changes: Partial<ConsentValue>) => onChange({ ...value, ...changes });
  const toggle = (placement: TestimonialPlacement, checked: boolean) =>
    set({ placements: checked ? [...value.placements, placement] : value.placements.filter((p) => p !== placement) });
  return (
    <>
      <Segmented
        legend={t('fieldConsent')}
        value={value.consent}
        options={(['no', 'yes', 'anonymous'] as const).map((consent) => ({ value: consent, label: t(CONSENT_LABEL[consent]) }))}
        onChange={(consent) => set({ consent })}
      />
      {value.consent === 'yes' ? (
        <TextField label={t('fieldCredit')} value={value.credit} onInput={(credit) => set({ credit })} error={errorText(t, errors.credit ?? null)} testId="testimonial-credit" />
      ) : null}
      {value.consent !== 'no' ? (
        <fieldset class="sb-fieldset" data-testid="testimonial-placements">
          <legend>{t('fieldPlacements')}</legend>
          {TESTIMONIAL_PLACEMENTS.map((placement) => (
            <Checkbox key={placement} label={t(PLACEMENT_LABEL[placement])} checked={value.placements.includes(placement)} onChange={(checked) => toggle(placement, checked)} testId={`placement-${placement}`} />
          ))}
          {errors.placements ? <p class="ui-field__error" role="alert">{errorText(t, errors.placements)}</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}

/** Changing a kept testimonial's consent, credit and places. */
export function ConsentEdit({ item, onDone }: { item: TestimonialRecord; onDone: () => void }) {
  const t = useAfterT();
  const { model } = useSidebar();
  const [value, setValue] = useState<ConsentValue>({ consent: item.consent, credit: item.credit ?? '', placements: [...item.placements] });
  const [errors, setErrors] = useState<ConsentErrors>({});
  const submit = async (event: Event) => {
    event.preventDefault();
    const next = consentErrors(value);
    if (next.credit || next.placements) {
      setErrors(next);
      return;
    }
    setErrors({});
    if (await model.updateTestimonial(item.id, publishable(value))) onDone();
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="consent-edit" aria-label={t('editConsent')}>
      <ConsentFields value={value} onChange={setValue} errors={errors} />
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-consent">{t('save')}</Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
