// A binary min-heap of item numbers: "the lowest-numbered ready item next", which is schedule order for
// the topological sort (graph.ts) and for a pass over the items a change reaches (passes.ts).

export class IndexHeap {
  private readonly heap: Int32Array;
  private count = 0;

  /** At most `capacity` items are in the heap at once. */
  constructor(capacity: number) {
    this.heap = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(x: number): void {
    const heap = this.heap;
    let c = this.count++;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if ((heap[parent] as number) <= x) break;
      heap[c] = heap[parent] as number;
      c = parent;
    }
    heap[c] = x;
  }

  /** The lowest number in the heap, removed. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0] as number;
    const size = --this.count;
    const last = heap[size] as number;
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= size) break;
      if (child + 1 < size && (heap[child + 1] as number) < (heap[child] as number)) child++;
      if ((heap[child] as number) >= last) break;
      heap[c] = heap[child] as number;
      c = child;
    }
    heap[c] = last;
    return top;
  }
}
