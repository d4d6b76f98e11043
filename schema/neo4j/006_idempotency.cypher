// 006: idempotency keys. A write sent with an Idempotency-Key keeps it on its ChangeSet (idempotencyId
// = the caller and the key) until idempotentUntilMs, so a retry finds the write it repeats; expired
// keys are found by time and forgotten.
CREATE INDEX change_set_idempotency IF NOT EXISTS FOR (c:ChangeSet) ON (c.idempotencyId);
CREATE INDEX change_set_idempotent_until IF NOT EXISTS FOR (c:ChangeSet) ON (c.idempotentUntilMs);
