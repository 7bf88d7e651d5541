import { describe, expect, it } from 'vitest';
import { STEP_HINT } from '../../../components/sidebar/step-hints';
import { CHECKLIST_KEYS } from '../../../offboarding/types';

describe('step explanations', () => {
  it('explain every step in one line in both languages, each its own', () => {
    for (const lang of ['pl', 'en'] as const) {
      const lines = CHECKLIST_KEYS.map((key) => STEP_HINT[key][lang]);
      for (const line of lines) {
        expect(line.length).toBeGreaterThan(20);
        expect(line.length).toBeLessThanOrEqual(130);
        expect(line).not.toMatch(/\n/);
      }
      expect(new Set(lines).size).toBe(CHECKLIST_KEYS.length);
    }
  });
});
