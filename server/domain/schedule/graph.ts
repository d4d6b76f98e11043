// The dependency graph as flat arrays (CSR adjacency in both directions) plus a topological order.
// Everything on the scheduling hot path indexes these Int32Arrays; no maps, no objects per edge.

export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

export interface DependencyGraph {
  readonly size: number;
  /** Incoming (predecessor) edges of item i are predOffset[i] .. predOffset[i+1]-1; the edge index is the dependency index. */
  readonly predOffset: Int32Array;
  readonly predItem: Int32Array;
  /** Outgoing (successor) edges of item i are succOffset[i] .. succOffset[i+1]-1. */
  readonly succOffset: Int32Array;
  readonly succItem: Int32Array;
  /** For each successor-side slot, the dependency (predecessor-side edge) index it mirrors. */
  readonly succEdge: Int32Array;
}

/**
 * Builds CSR adjacency from edges given as (successor, predecessor) index pairs. The edges must already be
 * sorted by successor then predecessor (compilePlan sorts them), so predecessor slots equal edge indices
 * and every order derived from them is independent of input order.
 */
export function buildGraph(size: number, edgeSucc: Int32Array, edgePred: Int32Array): DependencyGraph {
  const m = edgeSucc.length;
  const predOffset = new Int32Array(size + 1);
  const succOffset = new Int32Array(size + 1);
  for (let e = 0; e < m; e++) {
    const s = (edgeSucc[e] as number) + 1;
    const p = (edgePred[e] as number) + 1;
    predOffset[s] = (predOffset[s] as number) + 1;
    succOffset[p] = (succOffset[p] as number) + 1;
  }
  for (let i = 0; i < size; i++) {
    predOffset[i + 1] = (predOffset[i + 1] as number) + (predOffset[i] as number);
    succOffset[i + 1] = (succOffset[i + 1] as number) + (succOffset[i] as number);
  }
  const predItem = edgePred.slice();
  const succItem = new Int32Array(m);
  const succEdge = new Int32Array(m);
  const fill = succOffset.slice(0, size);
  // Edges arrive sorted by successor, so each predecessor's successor list also comes out sorted.
  for (let e = 0; e < m; e++) {
    const p = edgePred[e] as number;
    const slot = fill[p] as number;
    fill[p] = slot + 1;
    succItem[slot] = edgeSucc[e] as number;
    succEdge[slot] = e;
  }
  return { size, predOffset, predItem, succOffset, succItem, succEdge };
}

/**
 * Kahn's algorithm: predecessors before successors. Returns the order, or null when a cycle leaves items
 * unplaced (use findCycleIndices to name it).
 */
export function topologicalOrder(g: DependencyGraph): Int32Array | null {
  const n = g.size;
  const remaining = new Int32Array(n);
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    remaining[i] = (g.predOffset[i + 1] as number) - (g.predOffset[i] as number);
    if (remaining[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const p = order[head] as number;
    for (let k = g.succOffset[p] as number, end = g.succOffset[p + 1] as number; k < end; k++) {
      const s = g.succItem[k] as number;
      const left = (remaining[s] as number) - 1;
      remaining[s] = left;
      if (left === 0) order[tail++] = s;
    }
  }
  return tail === n ? order : null;
}

/**
 * Finds one cycle, as item indices in depends-on direction and closed ([a, b, a]: a depends on b, b on a).
 * Walks predecessors from items Kahn could not place: each of them has a predecessor that also could not be
 * placed, so the walk must revisit an item, and the revisited stretch is a cycle. Linear time.
 */
export function findCycleIndices(g: DependencyGraph): number[] | null {
  const n = g.size;
  const remaining = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    remaining[i] = (g.predOffset[i + 1] as number) - (g.predOffset[i] as number);
    if (remaining[i] === 0) queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const p = queue[head] as number;
    for (let k = g.succOffset[p] as number, end = g.succOffset[p + 1] as number; k < end; k++) {
      const s = g.succItem[k] as number;
      remaining[s] = (remaining[s] as number) - 1;
      if (remaining[s] === 0) queue[tail++] = s;
    }
  }
  if (tail === n) return null;
  let start = 0;
  while (remaining[start] === 0) start++;
  const visitedAt = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  let i = start;
  while (visitedAt[i] === -1) {
    visitedAt[i] = walk.length;
    walk.push(i);
    let next = -1;
    for (let e = g.predOffset[i] as number, end = g.predOffset[i + 1] as number; e < end; e++) {
      const p = g.predItem[e] as number;
      if ((remaining[p] as number) > 0) {
        next = p;
        break;
      }
    }
    i = next;
  }
  const cycle = walk.slice(visitedAt[i] as number);
  // Rotate so the cycle starts at its lowest index (= lowest id): the same cycle always reads the same.
  let minAt = 0;
  for (let k = 1; k < cycle.length; k++) if ((cycle[k] as number) < (cycle[minAt] as number)) minAt = k;
  const rotated = [...cycle.slice(minAt), ...cycle.slice(0, minAt)];
  rotated.push(rotated[0] as number);
  return rotated;
}

/**
 * If `from` depending on `to` would close a cycle, returns it as indices [from, to, ..., from]; else null.
 * Breadth-first over `to`'s predecessors, so the reported cycle is a shortest one.
 */
export function cycleThroughNewEdge(g: DependencyGraph, from: number, to: number): number[] | null {
  if (from === to) return [from, from];
  const parent = new Int32Array(g.size).fill(-1);
  const queue = new Int32Array(g.size);
  let tail = 0;
  queue[tail++] = to;
  parent[to] = to;
  for (let head = 0; head < tail; head++) {
    const i = queue[head] as number;
    for (let e = g.predOffset[i] as number, end = g.predOffset[i + 1] as number; e < end; e++) {
      const p = g.predItem[e] as number;
      if (parent[p] !== -1) continue;
      parent[p] = i;
      if (p === from) {
        const path = [from];
        for (let k = i; k !== to; k = parent[k] as number) path.push(k);
        path.push(to, from);
        return path.reverse();
      }
      queue[tail++] = p;
    }
  }
  return null;
}
