// Errors are values with a type and the offending ids, so the API can map them to exact messages.

export type PlanIssue =
  | { readonly code: 'empty-id'; readonly ids: readonly string[]; readonly message: string }
  | { readonly code: 'duplicate-id'; readonly ids: readonly string[]; readonly message: string }
  | { readonly code: 'unknown-item'; readonly ids: readonly string[]; readonly message: string }
  | { readonly code: 'invalid-date'; readonly ids: readonly string[]; readonly message: string }
  | { readonly code: 'end-before-start'; readonly ids: readonly string[]; readonly message: string }
  | { readonly code: 'invalid-dependency'; readonly ids: readonly string[]; readonly message: string }
  | { readonly code: 'invalid-risk'; readonly ids: readonly string[]; readonly message: string };

/** The plan input is inconsistent; `issues` lists every problem found, each with the ids involved. */
export class PlanValidationError extends Error {
  override readonly name = 'PlanValidationError';
  constructor(readonly issues: readonly PlanIssue[]) {
    super(
      `Invalid plan (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${issues.map((i) => i.message).join('; ')}`,
    );
  }
}

/**
 * The dependencies contain a cycle. `cycle` is the path in depends-on direction, closed:
 * ['A', 'B', 'A'] means A depends on B and B depends on A.
 */
export class CycleError extends Error {
  override readonly name = 'CycleError';
  constructor(readonly cycle: readonly string[]) {
    super(`Dependencies form a cycle: ${cycle.join(' → ')} (each item depends on the next)`);
  }
}

/** A query or change names an item or risk the plan does not have. */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';
  constructor(
    readonly kind: 'item' | 'risk',
    readonly id: string,
  ) {
    super(`Unknown ${kind} "${id}"`);
  }
}

/** A change that cannot be applied, e.g. a negative or fractional delay. */
export class InvalidChangeError extends Error {
  override readonly name = 'InvalidChangeError';
  constructor(
    readonly itemId: string,
    reason: string,
  ) {
    super(`Invalid change for "${itemId}": ${reason}`);
  }
}
