// Synthetic plans for the scheduling benchmark: a long chain and random DAGs with ~4 dependencies per item.
// Seeded, so every run measures the same plans.

import { toDayNumber, toIsoDay } from '../../server/domain/dates/days.js';
import type {
  DependencyInput,
  DependencyType,
  ItemInput,
  PlanInput,
} from '../../server/domain/schedule/types.js';

const DAY0 = toDayNumber('2020-01-01');

/** mulberry32: a tiny seeded PRNG, good enough to pick edges. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id = (k: number): string => `T${String(k).padStart(7, '0')}`;

/** n items, each finish-to-start after the previous one, back to back (everything is critical). */
export function chainPlan(n: number): PlanInput {
  const items: ItemInput[] = [];
  const dependencies: DependencyInput[] = [];
  for (let k = 0; k < n; k++) {
    items.push({
      id: id(k),
      kind: 'initiative',
      start: toIsoDay(DAY0 + k * 10),
      end: toIsoDay(DAY0 + k * 10 + 9),
    });
    if (k > 0) dependencies.push({ from: id(k), to: id(k - 1), type: 'FS', lagDays: 0 });
  }
  return { items, dependencies };
}

/**
 * n items; item k depends on up to `deps` random earlier items (so it is a DAG), mostly FS with some
 * SS/FF/SF and small lags. Planned dates respect the dependencies with a random buffer of 0-30 days, as a
 * real plan would, so delays are partly absorbed.
 */
export function randomDagPlan(n: number, deps = 4, seed = 42): PlanInput {
  const rnd = prng(seed);
  const start = new Int32Array(n);
  const finish = new Int32Array(n); // exclusive
  const items: ItemInput[] = [];
  const dependencies: DependencyInput[] = [];
  const types: DependencyType[] = ['FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'SS', 'FF', 'SF'];
  for (let k = 0; k < n; k++) {
    const duration = 1 + Math.floor(rnd() * 60);
    let required = Math.floor(rnd() * 60);
    const picked = new Set<number>();
    for (let j = 0; j < deps && k > 0; j++) {
      // Prefer recent items so chains are long, as in a real portfolio's programme structure.
      const p = Math.max(0, k - 1 - Math.floor(rnd() * rnd() * Math.min(k, 5000)));
      if (picked.has(p)) continue;
      picked.add(p);
      const type = types[Math.floor(rnd() * types.length)] as DependencyType;
      const lagDays = Math.floor(rnd() * 15) - 5;
      dependencies.push({ from: id(k), to: id(p), type, lagDays });
      const ps = start[p] as number;
      const pf = finish[p] as number;
      const r =
        type === 'FS'
          ? pf + lagDays
          : type === 'SS'
            ? ps + lagDays
            : type === 'FF'
              ? pf + lagDays - duration
              : ps + lagDays - duration;
      if (r > required) required = r;
    }
    const s = required + Math.floor(rnd() * 31);
    start[k] = s;
    finish[k] = s + duration;
    items.push({
      id: id(k),
      kind: 'initiative',
      start: toIsoDay(DAY0 + s),
      end: toIsoDay(DAY0 + s + duration - 1),
    });
  }
  return { items, dependencies };
}

export const firstId = id(0);
export const idAt = id;
