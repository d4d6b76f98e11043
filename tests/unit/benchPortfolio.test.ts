// The API benchmark's synthetic portfolio must be a plan someone could have made: its schedule stays in
// the planned years. A generator that chained dependencies on items ending later pushed the 50k
// schedule to year 12185, and the benchmark then measured an impossible plan.
import { describe, expect, it } from 'vitest';
import { benchPlanOf, generateBenchPortfolio } from '../../bench/api/generate.js';
import { preparePlan } from '../../server/services/currentPlan.js';

function scheduleOf(size: number) {
  const b = generateBenchPortfolio(size);
  return { b, schedule: preparePlan(benchPlanOf(b.dump)).baseline('preserve') };
}

const DAY_MS = 86_400_000;
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

describe('the API benchmark portfolio', () => {
  it.each([500, 3000])(
    'at %i tiltak has about 3–4 dependencies per tiltak and a schedule in 2019–2031',
    (size) => {
      const { b, schedule } = scheduleOf(size);
      expect(b.dependencies / b.tiltak).toBeGreaterThan(3);
      expect(b.dependencies / b.tiltak).toBeLessThan(4.5);
      const finishes = [...schedule.earlyFinish].filter(Number.isFinite);
      expect(finishes.length).toBeGreaterThan(size);
      expect(yearOf(Math.min(...finishes))).toBeGreaterThanOrEqual(2019);
      expect(yearOf(Math.max(...finishes))).toBeLessThanOrEqual(2031);
    },
  );
});
