// The API benchmark's synthetic portfolio must be a plan someone could have made: its schedule stays in
// the planned years. A generator that chained dependencies on items ending later pushed the 50k
// schedule to year 12185, and the benchmark then measured an impossible plan.
import { describe, expect, it } from 'vitest';
import { generateBenchPortfolio } from '../../bench/api/generate.js';
import { preparePlan } from '../../server/services/currentPlan.js';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function scheduleOf(size: number) {
  const b = generateBenchPortfolio(size);
  const parent = new Map<string, string>();
  for (const r of b.dump.relationships) if (r.type === 'HAS_MILESTONE') parent.set(r.to, r.from);
  const items = b.dump.nodes
    .filter((n) => n.labels.includes('Initiative') || n.labels.includes('Milestone'))
    .map((n) => ({
      id: String(n.props.id),
      name: String(n.props.name),
      kind: n.labels.includes('Milestone') ? 'milestone' : 'initiative',
      start: text(n.props.start),
      end: text(n.props.end),
      date: text(n.props.date),
      parentId: parent.get(String(n.props.id)),
    }));
  const dependencies = b.dump.relationships
    .filter((r) => r.type === 'DEPENDS_ON')
    .map((r) => ({
      from: r.from,
      to: r.to,
      type: (r.props.type ?? 'FS') as 'FS',
      lagDays: Number(r.props.lagDays ?? 0),
    }));
  const plan = preparePlan({ items, dependencies, risks: [], derivedDates: new Set() } as never);
  return { b, schedule: plan.baseline('preserve') };
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
