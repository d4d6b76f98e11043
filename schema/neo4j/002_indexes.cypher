// 002: lookups the views make: by kind, by date, by body, and dependencies by id.
CREATE INDEX initiative_kind IF NOT EXISTS FOR (n:Initiative) ON (n.kind);
CREATE INDEX initiative_start IF NOT EXISTS FOR (n:Initiative) ON (n.startFirst);
CREATE INDEX initiative_end IF NOT EXISTS FOR (n:Initiative) ON (n.endLast);
CREATE INDEX milestone_date IF NOT EXISTS FOR (n:Milestone) ON (n.dateFirst);
CREATE INDEX meeting_body IF NOT EXISTS FOR (n:Meeting) ON (n.body);
CREATE INDEX agenda_item_number IF NOT EXISTS FOR (n:AgendaItem) ON (n.number);
CREATE INDEX year_activity_year IF NOT EXISTS FOR (n:YearActivity) ON (n.year);
CREATE INDEX depends_on_id IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.id);
