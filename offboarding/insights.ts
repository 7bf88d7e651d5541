/**
 * Insights across all clients (the article's step 3.2 done over many endings): why cooperations
 * end, how long endings take, how much money is still open, and what clients say. Pure: the store
 * hands in every offboarding, the numbers come out. Nothing here is estimated: what a record lacks
 * (a closing day, a score) is counted as missing, never filled in.
 */
import type { EndReason, Initiator, Offboarding, SettlementDirection, Stage } from './types';
import { stageOf } from './checklist';
import { daysBetweenIso } from './calendar';
import { themePhrases, themesFromPhrases, type Theme } from './themes';

/**
 * The derived stages at which the cooperation has ended (the closing message is sent). A new kind
 * of ending is one more entry here; every count below follows it.
 */
// 'kept' (issue 18): the offboarding ended with the client kept on new terms — an ending of its own.
export const ENDING_STAGES: readonly Stage[] = ['follow-up', 'closed', 'kept'];

export const END_REASONS: readonly EndReason[] = ['non-payment', 'breach', 'fit', 'capacity', 'scope-change', 'client-decision', 'project-complete', 'other'];
export const INITIATORS: readonly Initiator[] = ['we', 'client', 'mutual'];

/** Inclusive bounds on the day an offboarding started (YYYY-MM-DD); either may be absent. */
export interface InsightsPeriod {
  from?: string;
  to?: string;
}

export interface MonthRow {
  /** YYYY-MM of the start. */
  month: string;
  total: number;
  byReason: Record<EndReason, number>;
  byInitiator: Record<Initiator, number>;
}

export interface DurationStats {
  /** Endings with a known closing day. */
  count: number;
  /** Endings whose closing day is not recorded (no closing date and no closing message ticked). */
  missing: number;
  medianDays: number | null;
  /** The middle half: 25th and 75th percentile (nearest rank). */
  q1Days: number | null;
  q3Days: number | null;
  minDays: number | null;
  maxDays: number | null;
}

export interface MoneyRow {
  currency: string;
  direction: SettlementDirection;
  settledMinor: number;
  openMinor: number;
  writtenOffMinor: number;
}

export interface FeedbackStats {
  /** Offboardings whose client gave a score (the latest one counts: one voice per ending). */
  scored: number;
  /** Feedback kept without a score. */
  unscored: number;
  /** distribution[s] = how many gave score s (0–10). */
  distribution: number[];
  promoters: number;
  passives: number;
  detractors: number;
  /** Net Promoter Score: % promoters (9–10) − % detractors (0–6), rounded; null with no score. */
  nps: number | null;
}

export interface InsightsReport {
  period: InsightsPeriod;
  /** Offboardings started in the period. */
  total: number;
  /** Offboardings per derived stage. */
  byStage: Partial<Record<Stage, number>>;
  /** Of `total`, those that reached an ending stage (ENDING_STAGES). */
  ended: number;
  byReason: Record<EndReason, number>;
  byInitiator: Record<Initiator, number>;
  /** Every month from the first start to the last, empty months included. */
  months: MonthRow[];
  duration: DurationStats;
  money: MoneyRow[];
  feedback: FeedbackStats;
  /** Endings that produced at least one testimonial / referral. */
  endingsWithTestimonial: number;
  endingsWithReferral: number;
  /** Retrospectives written, and the recurring words of their "to improve" answers. */
  retrospectives: number;
  themes: Theme[];
}

export function isEnded(ob: Pick<Offboarding, 'checklist' | 'closedOn'>): boolean {
  return ob.closedOn !== undefined || ENDING_STAGES.includes(stageOf(ob));
}

/** The closing day as recorded: the closing date, else the day the closing message was ticked. */
export function closingDayOf(ob: Pick<Offboarding, 'closedOn' | 'checklist'>): string | null {
  if (ob.closedOn !== undefined) return ob.closedOn;
  const ticked = ob.checklist['closing-message'].doneAt;
  return ticked ? ticked.slice(0, 10) : null;
}

export function inPeriod(startedOn: string, period: InsightsPeriod): boolean {
  return (period.from === undefined || startedOn >= period.from) && (period.to === undefined || startedOn <= period.to);
}

/**
 * What the insights need of one offboarding, worked out once: the store keeps these per data
 * generation, so a filter change only adds numbers up.
 */
export interface InsightsFacts {
  startedOn: string;
  stage: Stage;
  reason: EndReason;
  initiator: Initiator;
  ended: boolean;
  /** Days from start to the closing day; null when ended without a known closing day, or not ended. */
  durationDays: number | null;
  money: ReadonlyArray<{ currency: string; direction: SettlementDirection; amountMinor: number; state: 'settled' | 'open' | 'written-off' }>;
  latestScore: number | null;
  unscored: number;
  hasTestimonial: boolean;
  hasReferral: boolean;
  /** themePhrases of the retrospective's "to improve" answer; null without a retrospective. */
  improvePhrases: readonly string[] | null;
}

export function insightsFacts(ob: Offboarding): InsightsFacts {
  const stage = stageOf(ob);
  const ended = ob.closedOn !== undefined || ENDING_STAGES.includes(stage);
  const closing = ended ? closingDayOf(ob) : null;
  return {
    startedOn: ob.startedOn,
    stage,
    reason: ob.reason,
    initiator: ob.initiator,
    ended,
    durationDays: closing !== null && closing >= ob.startedOn ? daysBetweenIso(ob.startedOn, closing) : null,
    money: ob.settlement.map((item) => ({
      currency: item.currency,
      direction: item.direction,
      amountMinor: item.amountMinor,
      state: item.paid ? 'settled' : item.writtenOff === true ? 'written-off' : 'open',
    })),
    latestScore: latestScore(ob),
    unscored: (ob.feedback ?? []).filter((f) => f.score === undefined).length,
    hasTestimonial: (ob.testimonials?.length ?? 0) > 0,
    hasReferral: (ob.referrals?.length ?? 0) > 0,
    improvePhrases: ob.retrospective ? themePhrases(ob.retrospective.toImprove) : null,
  };
}

export function computeInsights(offboardings: readonly Offboarding[], period: InsightsPeriod = {}): InsightsReport {
  return insightsFromFacts(offboardings.map(insightsFacts), period);
}

export function insightsFromFacts(all: readonly InsightsFacts[], period: InsightsPeriod = {}): InsightsReport {
  const chosen = all.filter((ob) => inPeriod(ob.startedOn, period));
  const byStage: Partial<Record<Stage, number>> = {};
  const byReason = zeroes(END_REASONS);
  const byInitiator = zeroes(INITIATORS);
  const months = new Map<string, MonthRow>();
  const durations: number[] = [];
  let missingDuration = 0;
  let ended = 0;
  let endingsWithTestimonial = 0;
  let endingsWithReferral = 0;
  const money = new Map<string, Partial<Record<SettlementDirection, MoneyRow>>>();
  const distribution = new Array<number>(11).fill(0);
  let unscored = 0;
  const improvements: Array<readonly string[]> = [];

  for (const ob of chosen) {
    byStage[ob.stage] = (byStage[ob.stage] ?? 0) + 1;
    byReason[ob.reason] += 1;
    byInitiator[ob.initiator] += 1;
    const month = ob.startedOn.slice(0, 7);
    let row = months.get(month);
    if (!row) {
      row = { month, total: 0, byReason: zeroes(END_REASONS), byInitiator: zeroes(INITIATORS) };
      months.set(month, row);
    }
    row.total += 1;
    row.byReason[ob.reason] += 1;
    row.byInitiator[ob.initiator] += 1;

    if (ob.ended) {
      ended += 1;
      if (ob.durationDays !== null) durations.push(ob.durationDays);
      else missingDuration += 1;
      if (ob.hasTestimonial) endingsWithTestimonial += 1;
      if (ob.hasReferral) endingsWithReferral += 1;
    }

    for (const item of ob.money) {
      // Keyed by currency, then direction: a joined string key per item cost a third of a redraw.
      let byDirection = money.get(item.currency);
      if (!byDirection) {
        byDirection = {};
        money.set(item.currency, byDirection);
      }
      let sums = byDirection[item.direction];
      if (!sums) {
        sums = { currency: item.currency, direction: item.direction, settledMinor: 0, openMinor: 0, writtenOffMinor: 0 };
        byDirection[item.direction] = sums;
      }
      if (item.state === 'settled') sums.settledMinor += item.amountMinor;
      else if (item.state === 'written-off') sums.writtenOffMinor += item.amountMinor;
      else sums.openMinor += item.amountMinor;
    }

    if (ob.latestScore !== null) distribution[ob.latestScore] = (distribution[ob.latestScore] ?? 0) + 1;
    unscored += ob.unscored;
    if (ob.improvePhrases !== null) improvements.push(ob.improvePhrases);
  }

  return {
    period: { ...period },
    total: chosen.length,
    byStage,
    ended,
    byReason,
    byInitiator,
    months: withEmptyMonths(months),
    duration: durationStats(durations, missingDuration),
    money: [...money.values()].flatMap((rows) => Object.values(rows)).sort((a, b) => a.currency.localeCompare(b.currency) || a.direction.localeCompare(b.direction)),
    feedback: feedbackStats(distribution, unscored),
    endingsWithTestimonial,
    endingsWithReferral,
    retrospectives: improvements.length,
    themes: themesFromPhrases(improvements),
  };
}

function latestScore(ob: Offboarding): number | null {
  let best: { on: string; score: number } | null = null;
  for (const f of ob.feedback ?? []) {
    if (f.score === undefined) continue;
    if (best === null || f.receivedOn >= best.on) best = { on: f.receivedOn, score: f.score };
  }
  return best?.score ?? null;
}

export function feedbackStats(distribution: number[], unscored: number): FeedbackStats {
  const scored = distribution.reduce((a, b) => a + b, 0);
  const sum = (from: number, to: number) => distribution.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const promoters = sum(9, 10);
  const detractors = sum(0, 6);
  return {
    scored,
    unscored,
    distribution,
    promoters,
    passives: sum(7, 8),
    detractors,
    nps: scored === 0 ? null : Math.round(((promoters - detractors) / scored) * 100),
  };
}

export function durationStats(days: number[], missing: number): DurationStats {
  const sorted = [...days].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0, missing, medianDays: null, q1Days: null, q3Days: null, minDays: null, maxDays: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * n) - 1)]!;
  return { count: n, missing, medianDays: median, q1Days: rank(0.25), q3Days: rank(0.75), minDays: sorted[0]!, maxDays: sorted[n - 1]! };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function withEmptyMonths(months: Map<string, MonthRow>): MonthRow[] {
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: MonthRow[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(months.get(key) ?? { month: key, total: 0, byReason: zeroes(END_REASONS), byInitiator: zeroes(INITIATORS) });
    if (key >= last) return out;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
