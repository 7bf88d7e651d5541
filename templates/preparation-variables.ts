/**
 * The variables of issue 18: our negotiation position and the call's outcome, for the retention
 * reply (declining, or setting out / confirming the conditions). Only what the user wrote.
 */
import type { Lang, Offboarding } from '../offboarding/types';
import { formatDate } from './format';
import type { TemplateVariables } from './types';

export function preparationVariables(offboarding: Offboarding, lang: Lang): TemplateVariables {
  const position = offboarding.position;
  const c = position?.conditions;
  const conditions = [c?.scope, c?.price, c?.timing].filter((x): x is string => x !== undefined && x.trim() !== '').join('; ');
  return {
    position: {
      open: position?.openToStay === true,
      conditions: conditions === '' ? undefined : conditions,
      latestEnd: position?.latestEndOn === undefined ? undefined : formatDate(position.latestEndOn, lang),
    },
    outcome: { kept: offboarding.outcome?.agreed === 'kept' },
  };
}
