// The comparison table's rows: every item, or only those that changed (added, removed, moved),
// biggest slip first as the API orders them. Pure.

export interface ComparisonRowLike {
  itemId: string;
  status: string;
  varianceDays?: number | null;
}

export function comparisonRows<R extends ComparisonRowLike>(items: readonly R[], onlyChanged: boolean): R[] {
  return onlyChanged ? items.filter((i) => i.status !== 'UNCHANGED') : [...items];
}
