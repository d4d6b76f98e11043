// The writes made under an Idempotency-Key: found by the caller's key on their change sets, and the
// answer the first request got, kept beside them so a retry gets the same answer.
import type { IdempotencyClaim } from '../../domain/model/index.js';
import type { Database } from '../database.js';

export interface IdempotentWrite {
  /** The change sets the first request wrote, in order. */
  readonly changeSetIds: readonly string[];
  readonly requestHash: string;
  /** The first request's answer as stored (JSON), or null while it runs or when it was lost. */
  readonly answer: string | null;
}

/** The unexpired write made under this claim's key by another request, or null. */
export async function findIdempotentWrite(
  db: Database,
  claim: IdempotencyClaim,
): Promise<IdempotentWrite | null> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (cs:ChangeSet {idempotencyId: $id})
       WHERE cs.idempotentUntilMs > timestamp() AND cs.idempotencyRequest <> $requestId
       WITH cs ORDER BY cs.seq
       RETURN collect(cs.id) AS ids, head(collect(cs.requestHash)) AS hash,
              head([a IN collect(cs.idempotentAnswer) WHERE a IS NOT NULL]) AS answer`,
      { id: claim.id, requestId: claim.requestId },
    );
    const record = result.records[0];
    const ids = (record?.get('ids') as string[] | undefined) ?? [];
    if (!record || ids.length === 0) return null;
    return {
      changeSetIds: ids,
      requestHash: String(record.get('hash')),
      answer: (record.get('answer') as string | null) ?? null,
    };
  });
}

/**
 * Keeps the answer on the first change set of the claim's request (none when nothing was written) and
 * forgets expired keys and answers. True when there was a change set to keep it on.
 */
export async function storeIdempotentAnswer(
  db: Database,
  claim: IdempotencyClaim,
  answer: string,
): Promise<boolean> {
  return db.write(async (tx) => {
    await tx.run(
      `MATCH (cs:ChangeSet) WHERE cs.idempotentUntilMs <= timestamp()
       WITH cs LIMIT 1000
       REMOVE cs.idempotencyId, cs.idempotencyKey, cs.idempotencyRequest, cs.requestHash,
              cs.idempotentAnswer, cs.idempotentUntilMs`,
    );
    const result = await tx.run(
      `MATCH (cs:ChangeSet {idempotencyId: $id, idempotencyRequest: $requestId})
       WITH cs ORDER BY cs.seq LIMIT 1
       SET cs.idempotentAnswer = $answer
       RETURN count(cs) AS n`,
      { id: claim.id, requestId: claim.requestId, answer },
    );
    return Number(result.records[0]?.get('n') ?? 0) > 0;
  });
}
