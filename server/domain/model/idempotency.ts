// Idempotency keys: a client that retries a write (a lost answer, a timeout) sends the same
// `Idempotency-Key` again, and the write is applied once. The key is kept on the change set of the
// write (so it exists exactly when the write committed), scoped to the caller, with a hash of the
// request so the same key with a different request is refused rather than answered wrongly.

/** How long a key is remembered: a retry later than this is a new write. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Printable ASCII without spaces, like the IETF draft's examples (UUIDs, ULIDs, random strings). */
const KEY = /^[\x21-\x7e]{1,200}$/;

export const isIdempotencyKey = (key: string): boolean => KEY.test(key);

/** One request's claim on a key: written on every change set the request records. */
export interface IdempotencyClaim {
  /** The caller's identity and the key: the same key of two callers are two keys. */
  readonly id: string;
  /** The key as the client sent it. */
  readonly key: string;
  /** Hash of the request (operation, variables, parameters, body): a retry must send the same. */
  readonly requestHash: string;
  /** This request (a retry has another): its own change sets are not a twin's. */
  readonly requestId: string;
  /** Milliseconds since 1970 after which the key is forgotten. */
  readonly expiresAtMs: number;
}
