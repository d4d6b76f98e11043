// The closed lists of node labels and relationship types of the portfolio graph (schema/README.md).
// Cypher is only ever built with names from these lists, never from input.
export const NODE_LABELS = [
  'Actor',
  'Initiative',
  'Goal',
  'Condition',
  'Milestone',
  'Risk',
  'Meeting',
  'AgendaItem',
  'PortfolioSnapshot',
  'StatusReport',
  'YearActivity',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every relationship type that carries facts (and so `sourceIds`); CITES and IN_DOCUMENT are provenance itself. */
export const RELATIONSHIP_TYPES = [
  'OWNS',
  'PARTICIPATES_IN',
  'HAS_MILESTONE',
  'PART_OF',
  'SUCCEEDS',
  'CONTRIBUTES_TO',
  'DEPENDS_ON',
  'AFFECTS',
  'DISCUSSED_IN',
  'ON_AGENDA_OF',
  'PRESENTED_IN',
  'HAS_STATUS',
  'HAS_ACTIVITY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
