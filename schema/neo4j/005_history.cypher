// 005: plan history and baselines. ChangeSet (one per write, numbered by seq = the plan version it
// produced) with its EntityChange nodes (before/after of one node or relationship, as JSON), the one
// PlanVersion node (the counter and the plan's write lock), and Baseline (a frozen plan). None of them
// is an Entity: they stay out of the portfolio reads and graph.json.
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_set_seq IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_set_at IF NOT EXISTS FOR (c:ChangeSet) ON (c.atMs);
CREATE INDEX change_set_by IF NOT EXISTS FOR (c:ChangeSet) ON (c.by);
CREATE INDEX change_set_undoes IF NOT EXISTS FOR (c:ChangeSet) ON (c.undoes);
CREATE INDEX change_set_redoes IF NOT EXISTS FOR (c:ChangeSet) ON (c.redoes);
CREATE INDEX entity_change_entity IF NOT EXISTS FOR (c:EntityChange) ON (c.entityId);
CREATE INDEX entity_change_from IF NOT EXISTS FOR (c:EntityChange) ON (c.fromId);
CREATE INDEX entity_change_to IF NOT EXISTS FOR (c:EntityChange) ON (c.toId);
CREATE CONSTRAINT plan_version_id IF NOT EXISTS FOR (p:PlanVersion) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT baseline_id IF NOT EXISTS FOR (b:Baseline) REQUIRE b.id IS UNIQUE;
