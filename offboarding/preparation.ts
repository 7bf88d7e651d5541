/**
 * Before the notice (issue 18, the article's steps 1, 1.1 and 3): the analysis, the negotiation
 * position and the call's outcome as pure rules. What the user did not write stays absent: nothing
 * here fills a value in.
 */
import type { Analysis, CallOutcome, NegotiationPosition, Offboarding } from './types';

/** An analysis as a change carries it: new facts and attempts have no id yet. */
export interface AnalysisInput {
  facts: Array<Omit<Analysis['facts'][number], 'id'> & { id?: string }>;
  attempts: Array<Omit<Analysis['attempts'][number], 'id'> & { id?: string }>;
  decision?: string;
}

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

export function hasAnyCondition(position: NegotiationPosition): boolean {
  const c = position.conditions;
  return c !== undefined && [c.scope, c.price, c.timing].some((x) => x !== undefined && x.trim() !== '');
}

/** The call took place (an outcome is recorded) or the user marked the talk not wanted. */
export function conversationSettled(offboarding: Pick<Offboarding, 'checklist' | 'outcome'>): boolean {
  const entry = offboarding.checklist.conversation;
  return offboarding.outcome !== undefined || entry.doneAt !== undefined || entry.skipped === true;
}

/** The end date the call agreed, when it agreed one. */
export function agreedEndOn(offboarding: Pick<Offboarding, 'outcome'>): string | null {
  const outcome = offboarding.outcome;
  if (outcome === undefined || (outcome.agreed !== 'end-date' && outcome.agreed !== 'mutual')) return null;
  return outcome.endOn ?? null;
}

function dropEmpty<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as Array<keyof T>) {
    const v = out[key];
    if (v === undefined || (typeof v === 'string' && v.trim() === '' && key !== 'text')) delete out[key];
  }
  return out;
}
