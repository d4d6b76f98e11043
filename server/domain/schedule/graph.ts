// The dependency graph as flat arrays (CSR adjacency in both directions) and its topological order.
// Everything on the scheduling hot path indexes these Int32Arrays; no maps, no objects per edge.

import { DEPENDENCY_TYPE } from '../model/vocabulary.js';
import { IndexHeap } from './indexHeap.js';

// The engine's numeric codes for the dependency types: each is its index in the vocabulary's codes.
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
export const DEPENDENCY_TYPES = DEPENDENCY_TYPE.codes;

export interface DependencyGraph {
  readonly size: number;
  /** Incoming (predecessor) edges of item i are slots predOffset[i] .. predOffset[i+1]-1, ordered by predecessor. */
  readonly predOffset: Int32Array;
  readonly predItem: Int32Array;
  /** Outgoing (successor) edges of item i are slots succOffset[i] .. succOffset[i+1]-1, ordered by successor. */
  readonly succOffset: Int32Array;
  readonly succItem: Int32Array;
  /** For each successor-side slot, the predecessor-side slot of the same edge. */
  readonly succEdge: Int32Array;
  /** For each predecessor-side slot, the index of the edge in the arrays given to buildGraph. */
  readonly edgeAt: Int32Array;
}

/**
 * Builds CSR adjacency from edges (successor, predecessor) in O(items + edges): a counting sort by
 * successor, then each (small) bucket ordered by predecessor and the tie-break key, so the layout never
 * depends on the order the edges came in.
 */
export function buildGraph(
  size: number,
  edgeSucc: Int32Array,
  edgePred: Int32Array,
  tieBreak: ArrayLike<number> = new Int32Array(edgeSucc.length),
): DependencyGraph {
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
  const edgeAt = new Int32Array(m);
  const fill = predOffset.slice(0, size);
  for (let e = 0; e < m; e++) {
    const s = edgeSucc[e] as number;
    const slot = fill[s] as number;
    fill[s] = slot + 1;
    edgeAt[slot] = e;
  }
  // Insertion sort inside each bucket: buckets are a handful of edges, so this stays linear in practice.
  for (let i = 0; i < size; i++) {
    const lo = predOffset[i] as number;
    const hi = predOffset[i + 1] as number;
    for (let a = lo + 1; a < hi; a++) {
      const e = edgeAt[a] as number;
      let b = a - 1;
      while (b >= lo && compareEdges(edgeAt[b] as number, e, edgePred, tieBreak) > 0) {
        edgeAt[b + 1] = edgeAt[b] as number;
        b--;
      }
      edgeAt[b + 1] = e;
    }
  }
  const predItem = new Int32Array(m);
  for (let slot = 0; slot < m; slot++) predItem[slot] = edgePred[edgeAt[slot] as number] as number;
  // Walking predecessor slots in successor order fills each successor list already sorted by successor.
  const succItem = new Int32Array(m);
  const succEdge = new Int32Array(m);
  const succFill = succOffset.slice(0, size);
  for (let i = 0; i < size; i++) {
    for (let slot = predOffset[i] as number, end = predOffset[i + 1] as number; slot < end; slot++) {
      const p = predItem[slot] as number;
      const q = succFill[p] as number;
      succFill[p] = q + 1;
      succItem[q] = i;
      succEdge[q] = slot;
    }
  }
  return { size, predOffset, predItem, succOffset, succItem, succEdge, edgeAt };
}

function compareEdges(a: number, b: number, pred: Int32Array, tieBreak: ArrayLike<number>): number {
  return (pred[a] as number) - (pred[b] as number) || (tieBreak[a] as number) - (tieBreak[b] as number);
}

/**
 * Kahn's algorithm, always taking the lowest-numbered ready item (a binary heap): predecessors before
 * successors, deterministic, and the identity when the numbering is already a schedule order, which keeps
 * the passes walking memory forwards. Returns null when a cycle leaves items unplaced.
 */
export function topologicalOrder(g: DependencyGraph): Int32Array | null {
  const n = g.size;
  const remaining = new Int32Array(n);
  const heap = new IndexHeap(n);
  for (let i = 0; i < n; i++) {
    remaining[i] = (g.predOffset[i + 1] as number) - (g.predOffset[i] as number);
    if (remaining[i] === 0) heap.push(i);
  }
  const order = new Int32Array(n);
  let placed = 0;
  while (heap.size > 0) {
    const p = heap.pop();
    order[placed++] = p;
    for (let k = g.succOffset[p] as number, end = g.succOffset[p + 1] as number; k < end; k++) {
      const s = g.succItem[k] as number;
      const left = (remaining[s] as number) - 1;
      remaining[s] = left;
      if (left === 0) heap.push(s);
    }
  }
  return placed === n ? order : null;
}

/**
 * Finds one cycle, as item numbers in depends-on direction and closed ([a, b, a]: a depends on b, b on a).
 * Walks predecessors from items that Kahn's peeling cannot place: each has a predecessor that cannot be
 * placed either, so the walk must revisit an item, and the revisited stretch is a cycle. Linear time.
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
  // Rotate so the cycle starts at its lowest number (= lowest id): the same cycle always reads the same.
  let minAt = 0;
  for (let k = 1; k < cycle.length; k++) if ((cycle[k] as number) < (cycle[minAt] as number)) minAt = k;
  const rotated = [...cycle.slice(minAt), ...cycle.slice(0, minAt)];
  rotated.push(rotated[0] as number);
  return rotated;
}

/**
 * If `from` depending on `to` would close a cycle, returns it as [from, to, ..., from]; else null.
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
