import { describe, expect, it } from 'vitest';
import { milestone, span } from './__tests__/fixtures.js';
import { dependencyChecks } from './checks.js';
import { compilePlan } from './compilePlan.js';

describe("dependencyChecks: the planned dates against the plan's own dependencies", () => {
  // A 0–9; B 5–14 after A (FS: starts 5 days too early); C 0–19 FF A with lag 5 (5 days of slack);
  // M a milestone of A (the engine's link is not reported); U undated (left out).
  const plan = compilePlan({
    items: [
      span('A', 0, 10),
      span('B', 5, 10),
      span('C', 0, 20),
      milestone('M', 9, { parentId: 'A' }),
      { id: 'U', kind: 'initiative' },
    ],
    dependencies: [
      { from: 'B', to: 'A' },
      { from: 'C', to: 'A', type: 'FF', lagDays: 5 },
      { from: 'U', to: 'A' },
    ],
  });

  it('gives each dependency its slack; negative where the dates break it', () => {
    const checks = dependencyChecks(plan).map((c) => [c.fromId, c.toId, c.type, c.slackDays]);
    expect(checks.sort()).toEqual([
      ['B', 'A', 'FS', -5],
      ['C', 'A', 'FF', 5],
    ]);
  });

  it('names the two dates the dependency compares', () => {
    const b = dependencyChecks(plan).find((c) => c.fromId === 'B');
    expect(b?.predecessorPoint.iso).toBe('2024-01-10');
    expect(b?.dependentPoint.iso).toBe('2024-01-06');
  });
});
