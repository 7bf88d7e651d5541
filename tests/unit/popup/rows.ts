import type { OverviewRow } from '../../../offboarding/overview';

let counter = 0;
export function row(overrides: Partial<OverviewRow> = {}): OverviewRow {
  counter += 1;
  return {
    clientId: `c${counter}`,
    offboardingId: `o${counter}`,
    name: `Client ${counter}`,
    stage: 'preparation',
    progress: { done: 1, total: 13 },
    overdue: false,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}
