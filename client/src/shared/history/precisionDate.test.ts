import { describe, expect, it } from 'vitest';
import { precisionRange } from './precisionDate';

describe('precisionRange', () => {
  it.each([
    ['2023-10-15', '2023-10-15', '2023-10-15'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
    ['2022-H2', '2022-07-01', '2022-12-31'],
    ['2029', '2029-01-01', '2029-12-31'],
  ])('%s is %s to %s', (value, first, last) => {
    expect(precisionRange(value)).toEqual({ first, last });
  });

  it('knows nothing of other text', () => {
    expect(precisionRange('snart')).toBeNull();
    expect(precisionRange(null)).toBeNull();
  });
});
