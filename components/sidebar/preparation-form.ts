/**
 * The forms of issue 18 (analysis, position, outcome) as plain values: from the record, and back
 * into the changes the store takes, with errors in the UI's words. Blank rows are dropped, not refused.
 */
import type { CallAgreement, CallOutcome, NegotiationPosition, Offboarding } from '../../offboarding/types';
import type { AnalysisInput } from '../../offboarding/preparation';
import type { SidebarMessageKey } from './messages';

export const PREPARATION_TEXT_MAX = 2_000;
export const PREPARATION_ITEMS_MAX = 50;

export interface FactRow { id?: string; text: string; on: string; messageId: string }
export interface AttemptRow { id?: string; text: string; on: string; result: string }
export interface AnalysisForm { facts: FactRow[]; attempts: AttemptRow[]; decision: string; reasonNote: string }

export interface FormError { key: SidebarMessageKey; params?: Record<string, string | number> }

export function analysisFormFrom(ob: Offboarding): AnalysisForm {
  const a = ob.analysis;
  return {
    facts: (a?.facts ?? []).map((f) => ({ id: f.id, text: f.text, on: f.on ?? '', messageId: f.message?.messageId ?? '' })),
    attempts: (a?.attempts ?? []).map((x) => ({ id: x.id, text: x.text, on: x.on ?? '', result: x.result ?? '' })),
    decision: a?.decision ?? '',
    reasonNote: ob.reasonNote ?? '',
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const tooLong = (text: string): FormError | null =>
  text.length > PREPARATION_TEXT_MAX ? { key: 'textTooLong', params: { count: text.length } } : null;

export function analysisFromForm(
  form: AnalysisForm,
  ob: Pick<Offboarding, 'reason'>,
  threadId: string | undefined,
): { ok: true; analysis: AnalysisInput } | { ok: false; error: FormError } {
  if (ob.reason === 'other' && form.reasonNote.trim() === '') return { ok: false, error: { key: 'analysisReasonNoteRequired' } };
  const facts = form.facts.filter((f) => f.text.trim() !== '');
  const attempts = form.attempts.filter((x) => x.text.trim() !== '');
  if (facts.length > PREPARATION_ITEMS_MAX || attempts.length > PREPARATION_ITEMS_MAX) return { ok: false, error: { key: 'analysisTooMany' } };
  for (const text of [form.decision, form.reasonNote, ...facts.flatMap((f) => [f.text]), ...attempts.flatMap((x) => [x.text, x.result])]) {
    const error = tooLong(text.trim());
    if (error) return { ok: false, error };
  }
  const analysis: AnalysisInput = {
    facts: facts.map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      text: f.text.trim(),
      ...(ISO_DAY.test(f.on) ? { on: f.on } : {}),
      ...(f.messageId && threadId ? { message: { threadId, messageId: f.messageId } } : {}),
    })),
    attempts: attempts.map((x) => ({
      ...(x.id ? { id: x.id } : {}),
      text: x.text.trim(),
      ...(ISO_DAY.test(x.on) ? { on: x.on } : {}),
      ...(x.result.trim() ? { result: x.result.trim() } : {}),
    })),
  };
  if (form.decision.trim()) analysis.decision = form.decision.trim();
  return { ok: true, analysis };
}

export interface PositionForm { openToStay: boolean; scope: string; price: string; timing: string; latestEndOn: string; notAccepted: string }

export function positionFormFrom(ob: Offboarding): PositionForm {
  const p = ob.position;
  return {
    openToStay: p?.openToStay ?? false,
    scope: p?.conditions?.scope ?? '',
    price: p?.conditions?.price ?? '',
    timing: p?.conditions?.timing ?? '',
    latestEndOn: p?.latestEndOn ?? '',
    notAccepted: p?.notAccepted ?? '',
  };
}

export function positionFromForm(form: PositionForm): { ok: true; position: NegotiationPosition } | { ok: false; error: FormError } {
  for (const text of [form.scope, form.price, form.timing, form.notAccepted]) {
    const error = tooLong(text.trim());
    if (error) return { ok: false, error };
  }
  const position: NegotiationPosition = { openToStay: form.openToStay };
  if (form.openToStay) {
    const conditions: NonNullable<NegotiationPosition['conditions']> = {};
    if (form.scope.trim()) conditions.scope = form.scope.trim();
    if (form.price.trim()) conditions.price = form.price.trim();
    if (form.timing.trim()) conditions.timing = form.timing.trim();
    if (Object.keys(conditions).length > 0) position.conditions = conditions;
  }
  if (ISO_DAY.test(form.latestEndOn)) position.latestEndOn = form.latestEndOn;
  if (form.notAccepted.trim()) position.notAccepted = form.notAccepted.trim();
  return { ok: true, position };
}

export interface OutcomeForm { on: string; participants: string; agreed: CallAgreement; endOn: string; nextStep: string }

export function outcomeFormFrom(ob: Offboarding, today: string): OutcomeForm {
  const o = ob.outcome;
  return { on: o?.on ?? today, participants: o?.participants ?? '', agreed: o?.agreed ?? 'nothing-yet', endOn: o?.endOn ?? '', nextStep: o?.nextStep ?? '' };
}

export function outcomeFromForm(form: OutcomeForm, ob: Pick<Offboarding, 'startedOn'>): { ok: true; outcome: CallOutcome } | { ok: false; error: FormError } {
  if (!ISO_DAY.test(form.on)) return { ok: false, error: { key: 'outcomeDateRequired' } };
  if (form.on < ob.startedOn) return { ok: false, error: { key: 'outcomeBeforeStart', params: { date: ob.startedOn } } };
  const withEnd = form.agreed === 'end-date' || form.agreed === 'mutual';
  if (form.agreed === 'end-date' && !ISO_DAY.test(form.endOn)) return { ok: false, error: { key: 'outcomeEndRequired' } };
  if (withEnd && ISO_DAY.test(form.endOn) && form.endOn < form.on) return { ok: false, error: { key: 'outcomeEndBeforeCall' } };
  const error = tooLong(form.nextStep.trim());
  if (error) return { ok: false, error };
  const outcome: CallOutcome = { on: form.on, agreed: form.agreed };
  if (form.participants.trim()) outcome.participants = form.participants.trim().slice(0, 400);
  if (withEnd && ISO_DAY.test(form.endOn)) outcome.endOn = form.endOn;
  if (form.nextStep.trim()) outcome.nextStep = form.nextStep.trim();
  return { ok: true, outcome };
}
