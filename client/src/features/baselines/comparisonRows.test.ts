import { describe, expect, it } from 'vitest';
import { comparisonRows } from './comparisonRows';

describe('comparisonRows', () => {
  const items = [
    { itemId: 'a', status: 'CHANGED', varianceDays: 45 },
    { itemId: 'b', status: 'UNCHANGED', varianceDays: 0 },
    { itemId: 'c', status: 'ADDED', varianceDays: null },
    { itemId: 'd', status: 'REMOVED', varianceDays: null },
  ];
  it('shows only what changed, in the API order, or everything', () => {
    expect(comparisonRows(items, true).map((i) => i.itemId)).toEqual(['a', 'c', 'd']);
    expect(comparisonRows(items, false)).toHaveLength(4);
  });
});
