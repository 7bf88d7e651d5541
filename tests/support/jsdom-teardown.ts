/**
 * Preact schedules its after-paint effects with requestAnimationFrame and a 35 ms timeout whose
 * callback calls cancelAnimationFrame. On a busy machine that timeout can fire after a jsdom test
 * file has torn down its window, and the run then fails on "cancelAnimationFrame is not defined"
 * though every test passed. Each jsdom file waits, at its end, until such a timeout has fired.
 */
import { afterAll } from 'vitest';

const PREACT_RAF_TIMEOUT_MS = 35;

afterAll(async () => {
  if (typeof window === 'undefined' || typeof requestAnimationFrame !== 'function') return;
  // Registered after every pending timeout, with a later expiry: Node fires those first.
  await new Promise((resolve) => setTimeout(resolve, PREACT_RAF_TIMEOUT_MS * 3));
});
