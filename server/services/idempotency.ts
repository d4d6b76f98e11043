// Idempotency keys, the use case: a write sent with an `Idempotency-Key` header is applied once. A
// retry finds the first request's change sets by the key and gets the first request's answer again
// (or, when the key came with another request, a CONFLICT saying so). The key is claimed inside the
// write's own transaction (db/changeLog.ts), so it exists exactly when the write committed.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { findIdempotentWrite, storeIdempotentAnswer } from '../db/repositories/idempotencyRepository.js';
import {
  canonicalJson,
  IDEMPOTENCY_TTL_MS,
  type IdempotencyClaim,
  isIdempotencyKey,
} from '../domain/model/index.js';
import {
  type AppError,
  idempotencyKeyReused,
  idempotentWriteApplied,
  invalidIdempotencyKey,
} from '../errors.js';

/** An answer as sent: the HTTP status and the JSON body. */
export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** How long a retry waits for the first request's answer while that request is still finishing. */
const ANSWER_WAIT_MS = 5_000;

/**
 * The claim of a request that sent `key` (null when it sent none): the caller's identity and the key,
 * and a hash of what the request asks (a retry must ask the same). An invalid key is VALIDATION.
 */
export function claimIdempotency(owner: string, key: unknown, request: unknown): IdempotencyClaim | null {
  if (key === undefined) return null;
  if (typeof key !== 'string' || !isIdempotencyKey(key)) throw invalidIdempotencyKey();
  return {
    id: `${owner} ${key}`,
    key,
    requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex'),
    requestId: randomUUID(),
    expiresAtMs: Date.now() + IDEMPOTENCY_TTL_MS,
  };
}

/**
 * What a request must answer instead of running because its key was used: the first request's answer,
 * or the AppError saying why it cannot have it; null when the key is new. Waits a little for a first
 * request that committed but has not stored its answer yet.
 */
export async function priorAnswer(
  db: Database,
  claim: IdempotencyClaim,
  waitMs = ANSWER_WAIT_MS,
): Promise<StoredAnswer | AppError | null> {
  const started = Date.now();
  for (;;) {
    const prior = await findIdempotentWrite(db, claim);
    if (!prior) return null;
    if (prior.requestHash !== claim.requestHash) return idempotencyKeyReused(claim.key, prior.changeSetIds);
    if (prior.answer !== null) return JSON.parse(prior.answer) as StoredAnswer;
    if (Date.now() - started >= waitMs) return idempotentWriteApplied(claim.key, prior.changeSetIds);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Keeps the answer for retries, when the request wrote anything (a failed write is simply retried). */
export function rememberAnswer(
  db: Database,
  claim: IdempotencyClaim,
  answer: StoredAnswer,
): Promise<boolean> {
  return storeIdempotentAnswer(db, claim, JSON.stringify(answer));
}
