// 006: idempotency keys. A write sent with an Idempotency-Key keeps it on its ChangeSet (idempotencyId
// = the caller and the key) until idempotentUntilMs, so a retry finds the write it repeats; expired
// keys are found by time and forgotten.
CREATE INDEX change_set_idempotency IF NOT EXISTS FOR (c:ChangeSet) ON (c.idempotencyId);
CREATE INDEX change_set_idempotent_until IF NOT EXISTS FOR (c:ChangeSet) ON (c.idempotentUntilMs);
// The dependency write lock (one WriteLock node, MERGEd by each dependency write): without a unique
// constraint two first MERGEs could each create one and both "hold" the lock (50 ring edges closed a
// cycle once the node had been wiped). Duplicates left by that race go first.
MATCH (l:WriteLock) WITH l.id AS id, collect(l) AS locks WHERE size(locks) > 1 UNWIND tail(locks) AS extra DETACH DELETE extra;
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
