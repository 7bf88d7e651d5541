/**
 * Every fast-check property runs from one fixed seed, so a run is reproducible and a failure can be
 * replayed: fast-check prints the seed and path of a counterexample. OFFBOARD_FC_SEED overrides it
 * (an integer), e.g. to explore other inputs: OFFBOARD_FC_SEED=123 npm run test:unit.
 */
import fc from 'fast-check';

export const DEFAULT_FC_SEED = 20261201;

export function fastCheckSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.OFFBOARD_FC_SEED?.trim();
  if (raw === undefined || raw === '') return DEFAULT_FC_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`OFFBOARD_FC_SEED must be an integer, got "${raw}"`);
  return seed;
}

fc.configureGlobal({ seed: fastCheckSeed() });
