// A layered left-to-right layout for the dependency graph, computed in linear-ish time. vis-network's
// own hierarchical layout needs ~15 s for 2,000 nodes (its node-shifting passes are quadratic), so the
// graph is placed here and vis-network only draws it. Pure, so it is tested without a browser.
//
// Layers: each node sits one layer right of its furthest predecessor (longest path from the sources),
// so every edge points rightwards. Order within a layer: a few barycentre sweeps (each node moves
// towards the mean position of its neighbours in the layer before, then after), which untangles most
// crossings of a plan-shaped graph.

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Horizontal distance between layers. */
  layerGap: number;
  /** Vertical distance between nodes of a layer. */
  nodeGap: number;
  /** Barycentre sweeps (down and up count as one each). */
  sweeps: number;
  /**
   * How far a node reaches above and below its centre (a milestone's label hangs below its diamond).
   * Given, nodes of a layer are stacked by their extents with `nodeGap` between them, so a label
   * never reaches into the node below; else their centres are `nodeGap` apart.
   */
  extentOf?: (id: string) => Extent;
}

export interface Extent {
  above: number;
  below: number;
}

const DEFAULTS: LayoutOptions = { layerGap: 260, nodeGap: 90, sweeps: 4 };

/** The layer of each node: 0 for sources, else one more than the furthest predecessor. */
export function assignLayers(ids: readonly string[], edges: readonly LayoutEdge[]): Map<string, number> {
  const known = new Set(ids);
  const successors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const e of edges) {
    if (!known.has(e.from) || !known.has(e.to) || e.from === e.to) continue;
    successors.get(e.from)?.push(e.to);
    indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  }
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const done = new Set<string>();
  // Kahn's order; a node left over after it is on a cycle (the API refuses cyclic dependencies, but a
  // risk or owner edge could still close one): it keeps the layer its placed predecessors gave it.
  for (let head = 0; done.size < ids.length; head++) {
    let id = queue[head];
    if (id === undefined) {
      id = ids.find((n) => !done.has(n)) as string;
      queue.push(id);
    }
    if (done.has(id)) continue;
    done.add(id);
    for (const next of successors.get(id) ?? []) {
      if (done.has(next)) continue;
      layer.set(next, Math.max(layer.get(next) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  return layer;
}

/** Positions for every node: layers left to right, nodes of a layer top to bottom around y = 0. */
export function layoutLayers(
  ids: readonly string[],
  edges: readonly LayoutEdge[],
  options: Partial<LayoutOptions> = {},
): Map<string, Position> {
  const { layerGap, nodeGap, sweeps, extentOf } = { ...DEFAULTS, ...options };
  const layerOf = assignLayers(ids, edges);
  const layers: string[][] = [];
  for (const id of ids) {
    const l = layerOf.get(id) ?? 0;
    while (layers.length <= l) layers.push([]);
    layers[l]?.push(id);
  }
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  for (const e of edges) {
    if (!layerOf.has(e.from) || !layerOf.has(e.to) || e.from === e.to) continue;
    after.set(e.from, [...(after.get(e.from) ?? []), e.to]);
    before.set(e.to, [...(before.get(e.to) ?? []), e.from]);
  }
  const rank = new Map<string, number>();
  const setRanks = (layer: string[]) => {
    layer.forEach((id, i) => {
      rank.set(id, i);
    });
  };
  for (const layer of layers) setRanks(layer);
  const reorder = (layer: string[], neighbours: Map<string, string[]>) => {
    const centre = new Map<string, number>();
    for (const id of layer) {
      const ns = neighbours.get(id) ?? [];
      // Nodes without neighbours on that side keep their place.
      centre.set(
        id,
        ns.length ? ns.reduce((sum, n) => sum + (rank.get(n) ?? 0), 0) / ns.length : (rank.get(id) ?? 0),
      );
    }
    layer.sort(
      (a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
    );
    setRanks(layer);
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (let l = 1; l < layers.length; l++) reorder(layers[l] ?? [], before);
    else for (let l = layers.length - 2; l >= 0; l--) reorder(layers[l] ?? [], after);
  }
  const positions = new Map<string, Position>();
  layers.forEach((layer, l) => {
    const ys = extentOf ? stackByExtent(layer, extentOf, nodeGap) : layer.map((_, i) => i * nodeGap);
    const middle = ((ys[0] ?? 0) + (ys[ys.length - 1] ?? 0)) / 2;
    layer.forEach((id, i) => {
      positions.set(id, { x: l * layerGap, y: (ys[i] ?? 0) - middle });
    });
  });
  return positions;
}

/** Centres, from 0 down, of nodes stacked so each one's extent clears the one before by `gap`. */
function stackByExtent(layer: readonly string[], extentOf: (id: string) => Extent, gap: number): number[] {
  const ys: number[] = [];
  let previous: { y: number; below: number } | null = null;
  for (const id of layer) {
    const extent = extentOf(id);
    const y: number = previous ? previous.y + previous.below + gap + extent.above : 0;
    ys.push(y);
    previous = { y, below: extent.below };
  }
  return ys;
}
