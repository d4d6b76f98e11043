// 008: staged whole-portfolio imports (server/db/repositories/stagedImportRepository.ts). A file is
// written in batches as nodes labelled Staged plus Staged<Label> for each label they will carry (no
// reader matches those), then switched live by relabelling in one transaction. These indexes find a
// staged node by its key while its relationships are written; ImportLease lets one import stage at a time.
CREATE INDEX staged_entity_id IF NOT EXISTS FOR (n:StagedEntity) ON (n.id);
CREATE INDEX staged_scenario_id IF NOT EXISTS FOR (n:StagedScenario) ON (n.id);
CREATE INDEX staged_source_id IF NOT EXISTS FOR (n:StagedSource) ON (n.id);
CREATE INDEX staged_document_file IF NOT EXISTS FOR (n:StagedDocument) ON (n.file);
CREATE INDEX staged_date_statement_id IF NOT EXISTS FOR (n:StagedDateStatement) ON (n.id);
CREATE CONSTRAINT import_lease_id IF NOT EXISTS FOR (l:ImportLease) REQUIRE l.id IS UNIQUE;
