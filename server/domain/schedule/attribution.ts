// Cause attribution: a separate step over an impact result's moved items (the passes stay as they are).
// For every moved item, its slip split by cause (each delayed item, each risk), the days of each cause the
// buffers along its driving chain absorbed, the causes that reach it along other paths but do not drive it,
// and how they combine. See README, "Causes".

import type { ChangeCause } from './changes.js';
import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { constrainingEndMoved, type ItemDelays } from './passes.js';

const SS = 1;
const SF = 3;

/** What caused a slip: a delay given to an item, or a risk that happened. */
export type CauseRef =
  | { readonly kind: 'delay'; readonly itemId: string }
  | { readonly kind: 'risk'; readonly riskId: string };

/** One cause's part of an item's slip. The `days` of an item's shares add up to its slipDays. */
export interface CauseShare {
  readonly cause: CauseRef;
  /** Days of the item's slip (of its end; a point item's date) this cause accounts for. */
  readonly days: number;
  /** Days of this cause the buffers along the driving chain absorbed before it reached the item. */
  readonly absorbedDays: number;
  /** Some of these days come from a risk with no stated length: an assumption (DEFAULT_UNKNOWN_RISK_DELAY_DAYS). */
  readonly assumed: boolean;
  /**
   * False for a cause that reaches the item along another path (or by its own milestone delay) but does not
   * drive it: another path moves it further (max), so it accounts for 0 days.
   */
  readonly driving: boolean;
}

/**
 * How the causes that reach an item combine: `single` (one cause), `sum` (several causes along one driving
 * chain add up), `max` (causes reach it along different paths; the path that moves it furthest wins and the
 * others account for nothing).
 */
export type Combination = 'single' | 'sum' | 'max';

interface Share {
  readonly k: number;
  readonly days: number;
  readonly absorbed: number;
  readonly assumed: boolean;
}

const NONE: readonly Share[] = [];
const NO_KEYS: readonly number[] = [];

export interface AttributionInput {
  readonly plan: CompiledPlan;
  readonly delays: ItemDelays;
  readonly causes: ReadonlyMap<number, readonly ChangeCause[]>;
  /** Moved items in schedule order, their slot numbers and the driving edge per slot (-1: none). */
  readonly moved: readonly number[];
  readonly slotOf: Int32Array;
  readonly driverEdge: readonly number[];
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly es2: Float64Array;
  readonly ef2: Float64Array;
}

export interface Attribution {
  /** Per slot (like moved). */
  shares(slot: number): CauseShare[];
  combination(slot: number): Combination;
  /** The slot where the item's driving chain starts (the item a cause was applied to). */
  originSlot(slot: number): number;
}

/** O(moved items + their dependencies) × the (small) number of causes per item. */
export function attributeCauses(input: AttributionInput): Attribution {
  const single = singleCause(input);
  if (single !== null) return attributeSingle(input, single);
  const { plan, delays, causes, moved, slotOf, driverEdge, es, es2 } = input;
  const keyIndex = new Map<string, number>();
  const refs: CauseRef[] = [];
  const keyOf = (i: number, c: ChangeCause): number => {
    const key = c.kind === 'delay' ? `d:${(plan.items[i] as CompiledItem).id}` : `r:${c.riskId}`;
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = refs.length;
      keyIndex.set(key, k);
      refs.push(
        c.kind === 'delay'
          ? { kind: 'delay', itemId: (plan.items[i] as CompiledItem).id }
          : { kind: 'risk', riskId: c.riskId },
      );
    }
    return k;
  };
  const startShares: (readonly Share[])[] = [];
  const finishShares: (readonly Share[])[] = [];
  const reached: (readonly number[])[] = [];
  const origin = new Int32Array(moved.length);
  const { predOffset, predItem } = plan.graph;

  for (let slot = 0; slot < moved.length; slot++) {
    const i = moved[slot] as number;
    const e = driverEdge[slot] as number;
    const own = causes.get(i) ?? [];
    let start: readonly Share[] = NONE;
    if (e >= 0) {
      const p = predItem[e] as number;
      const ps = slotOf[p] as number;
      origin[slot] = ps >= 0 ? (origin[ps] as number) : slot;
      const type = plan.depType[e] as number;
      const base =
        ps < 0 ? NONE : ((type === SS || type === SF ? startShares[ps] : finishShares[ps]) ?? NONE);
      const predSlip = constrainingEndMoved(plan, es, input.ef, es2, input.ef2, e);
      const pushDays = (es2[i] as number) - (delays.shift[i] as number) - (es[i] as number);
      start = absorb(base, predSlip - pushDays);
    } else {
      origin[slot] = slot;
      // Moved by its own causes only; a milestone's own delay (floor) then accounts for its start slip.
      const floors = own.length === 0 ? own : own.filter((c) => c.floor === true);
      if (floors.length > 0) {
        const slip = (es2[i] as number) - (delays.shift[i] as number) - (es[i] as number);
        let left = slip;
        for (const c of floors) {
          const d = Math.min(c.days, left);
          left -= d;
          start = add(start, keyOf(i, c), d, c.kind === 'risk' && c.assumed);
        }
      }
    }
    let finish = start;
    for (const c of own) {
      if (c.floor === true) continue;
      const assumed = c.kind === 'risk' && c.assumed;
      if (c.part === 'whole') start = add(start, keyOf(i, c), c.days, assumed);
      finish = add(finish, keyOf(i, c), c.days, assumed);
    }
    startShares.push(start);
    finishShares.push(finish);

    // Every cause that reaches the item: its own, and those of each moved predecessor whose constraining end moved.
    let keys: readonly number[] = own.length === 0 ? NO_KEYS : own.map((c) => keyOf(i, c));
    for (let q = predOffset[i] as number, end = predOffset[i + 1] as number; q < end; q++) {
      const ps = slotOf[predItem[q] as number] as number;
      if (ps < 0 || constrainingEndMoved(plan, es, input.ef, es2, input.ef2, q) <= 0) continue;
      keys = union(keys, reached[ps] ?? NO_KEYS);
    }
    reached.push(keys);
  }

  return {
    shares(slot) {
      const list = finishShares[slot] ?? NONE;
      const out: CauseShare[] = list.map((s) => ({
        cause: refs[s.k] as CauseRef,
        days: s.days,
        absorbedDays: s.absorbed,
        assumed: s.assumed,
        driving: true,
      }));
      for (const k of reached[slot] ?? NO_KEYS) {
        if (list.some((s) => s.k === k)) continue;
        out.push({ cause: refs[k] as CauseRef, days: 0, absorbedDays: 0, assumed: false, driving: false });
      }
      return out;
    },
    combination(slot) {
      const list = finishShares[slot] ?? NONE;
      const keys = reached[slot] ?? NO_KEYS;
      if (keys.some((k) => !list.some((s) => s.k === k))) return 'max';
      return list.length > 1 ? 'sum' : 'single';
    },
    originSlot: (slot) => origin[slot] as number,
  };
}

/** The one cause of a scenario (one delayed item, or one risk), or null when there are several. */
function singleCause(input: AttributionInput): CauseRef | null {
  let found: CauseRef | null = null;
  for (const [i, list] of input.causes) {
    for (const c of list) {
      const ref: CauseRef =
        c.kind === 'delay'
          ? { kind: 'delay', itemId: (input.plan.items[i] as CompiledItem).id }
          : { kind: 'risk', riskId: c.riskId };
      if (found === null) found = ref;
      else if (
        found.kind !== ref.kind ||
        (found.kind === 'delay'
          ? found.itemId !== (ref as { itemId: string }).itemId
          : found.riskId !== (ref as { riskId: string }).riskId)
      )
        return null;
    }
  }
  return found;
}

/**
 * The common case, one cause: every slip is all that cause's, so only the days absorbed on the way and
 * whether they rest on an assumption are tracked, in flat arrays (no per-item lists).
 */
function attributeSingle(input: AttributionInput, cause: CauseRef): Attribution {
  const { plan, delays, causes, moved, slotOf, driverEdge, es, ef, es2, ef2 } = input;
  const m = moved.length;
  const startAbs = new Float64Array(m);
  const finishAbs = new Float64Array(m);
  const assumed = new Uint8Array(m);
  const origin = new Int32Array(m);
  for (let slot = 0; slot < m; slot++) {
    const i = moved[slot] as number;
    const e = driverEdge[slot] as number;
    let abs = 0;
    let assumedHere = 0;
    if (e >= 0) {
      const p = plan.graph.predItem[e] as number;
      const ps = slotOf[p] as number;
      origin[slot] = ps >= 0 ? (origin[ps] as number) : slot;
      if (ps >= 0) {
        const type = plan.depType[e] as number;
        abs = (type === SS || type === SF ? startAbs[ps] : finishAbs[ps]) as number;
        assumedHere = assumed[ps] as number;
      }
      const predSlip = constrainingEndMoved(plan, es, ef, es2, ef2, e);
      const pushDays = (es2[i] as number) - (delays.shift[i] as number) - (es[i] as number);
      if (predSlip > pushDays) abs += predSlip - pushDays;
    } else origin[slot] = slot;
    const own = causes.get(i);
    if (own !== undefined && own.some((c) => c.kind === 'risk' && c.assumed)) assumedHere = 1;
    startAbs[slot] = abs;
    finishAbs[slot] = abs;
    assumed[slot] = assumedHere;
  }
  return {
    shares(slot) {
      const i = moved[slot] as number;
      return [
        {
          cause,
          days: (ef2[i] as number) - (ef[i] as number),
          absorbedDays: finishAbs[slot] as number,
          assumed: assumed[slot] === 1,
          driving: true,
        },
      ];
    },
    combination: () => 'single',
    originSlot: (slot) => origin[slot] as number,
  };
}

function add(list: readonly Share[], k: number, days: number, assumed: boolean): readonly Share[] {
  const at = list.findIndex((s) => s.k === k);
  if (at < 0) return [...list, { k, days, absorbed: 0, assumed }];
  const s = list[at] as Share;
  const next = list.slice();
  next[at] = { k, days: s.days + days, absorbed: s.absorbed, assumed: s.assumed || assumed };
  return next;
}

/**
 * Takes `absorbed` days off the shares in proportion to their size (largest remainder, ties in the order
 * the causes entered the chain), so no cause is favoured and the shares stay whole days.
 */
function absorb(list: readonly Share[], absorbed: number): readonly Share[] {
  if (absorbed <= 0 || list.length === 0) return list;
  let total = 0;
  for (const s of list) total += s.days;
  if (total <= 0) return list;
  if (list.length === 1 || absorbed >= total) {
    return list.map((s) => {
      const take = Math.min(s.days, list.length === 1 ? absorbed : s.days);
      return { k: s.k, days: s.days - take, absorbed: s.absorbed + take, assumed: s.assumed };
    });
  }
  const takes = list.map((s) => Math.floor((absorbed * s.days) / total));
  let left = absorbed - takes.reduce((a, b) => a + b, 0);
  const order = list
    .map((s, j) => ({ j, frac: (absorbed * s.days) / total - (takes[j] as number) }))
    .sort((a, b) => b.frac - a.frac || a.j - b.j);
  for (const { j } of order) {
    if (left <= 0) break;
    takes[j] = (takes[j] as number) + 1;
    left--;
  }
  return list.map((s, j) => ({
    k: s.k,
    days: s.days - (takes[j] as number),
    absorbed: s.absorbed + (takes[j] as number),
    assumed: s.assumed,
  }));
}

function union(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a === b || b.length === 0) return a;
  if (a.length === 0) return b;
  let out: number[] | null = null;
  for (const k of b) {
    if (a.includes(k)) continue;
    out ??= a.slice();
    out.push(k);
  }
  return out ?? a;
}
