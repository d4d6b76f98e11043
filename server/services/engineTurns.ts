// Engine runs take turns. A run of the schedule engine is synchronous CPU work (tens of ms to a second);
// runs that become ready together (the aliased impacts of a flood) would otherwise run back to back and
// hold the event loop until all are done, while a planner's roadmap waits for its database answers.
// Here runs go one at a time, each after a setImmediate: between two runs the event loop reads the I/O
// that arrived, so a cheap request waits for at most one run per round trip. The queue is process-wide
// on purpose: the event loop it shares out is.
let tail: Promise<unknown> = Promise.resolve();

export function engineTurn<T>(run: () => T): Promise<T> {
  const result = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(run);
  tail = result.catch(() => undefined);
  return result;
}
