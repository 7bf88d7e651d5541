/**
 * Before the notice: what the store (patch.ts) checks and writes when the analysis, the position or
 * the call's outcome changes. Apart from preparation.ts because only the store applies them: the
 * sidebar sends the change and does not load these (issue 16).
 */
import type { Analysis, CallOutcome, NegotiationPosition } from './types';
import type { AnalysisInput } from './preparation';

/** Gives every new fact and attempt an id, trims the texts and drops empty optional ones. */
export function analysisFromInput(input: AnalysisInput, newId: () => string): Analysis {
  const analysis: Analysis = {
    facts: input.facts.map((fact) => dropEmpty({ ...fact, id: fact.id ?? newId(), text: fact.text.trim() })),
    attempts: input.attempts.map((attempt) =>
      dropEmpty({ ...attempt, id: attempt.id ?? newId(), text: attempt.text.trim(), result: attempt.result?.trim() }),
    ),
  };
  const decision = input.decision?.trim();
  if (decision) analysis.decision = decision;
  return analysis;
}

/** What makes an analysis unusable, in words fit to show (empty: none). */
export function analysisProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  analysis.facts.forEach((fact, i) => {
    if (fact.text === '') problems.push(`Problem ${i + 1} has no text: say what is wrong, or remove it`);
  });
  analysis.attempts.forEach((attempt, i) => {
    if (attempt.text === '') problems.push(`Attempt ${i + 1} has no text: say what was tried, or remove it`);
  });
  const ids = [...analysis.facts, ...analysis.attempts].map((x) => x.id);
  if (new Set(ids).size !== ids.length) problems.push('Two entries of the analysis share an id');
  return problems;
}

/** What makes a position contradictory (conditions without being open to staying, and the like). */
export function positionProblems(position: NegotiationPosition): string[] {
  const problems: string[] = [];
  if (!position.openToStay && position.conditions !== undefined && hasAnyCondition(position)) {
    problems.push('Conditions for staying only apply when you are open to staying');
  }
  return problems;
}

/** What makes an outcome impossible: an agreed end date is required for "end-date" and cannot precede the call. */
export function outcomeProblems(outcome: CallOutcome, startedOn: string): string[] {
  const problems: string[] = [];
  if (outcome.on < startedOn) problems.push(`The call (${outcome.on}) cannot precede the start of the offboarding (${startedOn})`);
  if (outcome.agreed === 'end-date' && outcome.endOn === undefined) problems.push('Say which end date was agreed');
  if ((outcome.agreed === 'kept' || outcome.agreed === 'nothing-yet') && outcome.endOn !== undefined) {
    problems.push('An end date belongs to an agreed end (a date or a mutual agreement), not to this outcome');
  }
  if (outcome.endOn !== undefined && outcome.endOn < outcome.on) {
    problems.push(`The agreed end (${outcome.endOn}) cannot precede the call (${outcome.on})`);
  }
  return problems;
}

function dropEmpty<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as Array<keyof T>) {
    const v = out[key];
    if (v === undefined || (typeof v === 'string' && v.trim() === '' && key !== 'text')) delete out[key];
  }
  return out;
}

function hasAnyCondition(position: NegotiationPosition): boolean {
  const c = position.conditions;
  return c !== undefined && [c.scope, c.price, c.timing].some((x) => x !== undefined && x.trim() !== '');
}
