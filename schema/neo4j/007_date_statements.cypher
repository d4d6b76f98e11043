// 007: dated statements. One (:DateStatement) per paper's statement of a tiltak's or milestone's start,
// end, date or status, citing its Source nodes (CITES). Not an Entity: it is provenance, like Source,
// so it stays out of the portfolio reads, graph.json and the items' history snapshots; it names its
// item and meeting by id (itemId, meetingId) instead of relationships at the portfolio nodes.
CREATE CONSTRAINT date_statement_id IF NOT EXISTS FOR (d:DateStatement) REQUIRE d.id IS UNIQUE;
CREATE INDEX date_statement_item IF NOT EXISTS FOR (d:DateStatement) ON (d.itemId);
CREATE INDEX date_statement_meeting IF NOT EXISTS FOR (d:DateStatement) ON (d.meetingId);
