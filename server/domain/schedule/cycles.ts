// Cycle checks for callers: findCycle() on raw input (compilePlan refuses cycles with CycleError, so this
// answers before compiling), and wouldCreateCycle() so the API can refuse an edge before adding it.

import { type CompiledPlan, compareIds } from './compilePlan.js';
import { UnknownIdError } from './errors.js';
import { buildGraph, cycleThroughNewEdge, findCycleIndices } from './graph.js';
import type { PlanInput } from './types.js';

/**
 * A cycle in the input's dependencies, as ids in depends-on direction and closed (['A', 'B', 'A']: A depends
 * on B, B on A), starting at its lowest id; null when there is none. Dependencies naming unknown items are
 * ignored here (compilePlan reports them). O(items + dependencies).
 */
export function findCycle(input: Pick<PlanInput, 'items' | 'dependencies'>): string[] | null {
  const ids = [...new Set(input.items.map((i) => i.id))].sort(compareIds);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const pairs: [number, number][] = [];
  for (const d of input.dependencies ?? []) {
    const s = indexOf.get(d.from);
    const p = indexOf.get(d.to);
    if (s !== undefined && p !== undefined) pairs.push([s, p]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const graph = buildGraph(
    ids.length,
    Int32Array.from(pairs, (x) => x[0]),
    Int32Array.from(pairs, (x) => x[1]),
  );
  return findCycleIndices(graph)?.map((i) => ids[i] as string) ?? null;
}

/**
 * The cycle that "fromId depends on toId" would close, as [fromId, toId, …, fromId]; null if the edge is safe.
 * Throws UnknownIdError. O(items + dependencies).
 */
export function wouldCreateCycle(plan: CompiledPlan, fromId: string, toId: string): string[] | null {
  const from = plan.indexOf.get(fromId);
  if (from === undefined) throw new UnknownIdError('item', fromId);
  const to = plan.indexOf.get(toId);
  if (to === undefined) throw new UnknownIdError('item', toId);
  return cycleThroughNewEdge(plan.graph, from, to)?.map((i) => plan.items[i]?.id as string) ?? null;
}
