import { describe, expect, it } from 'vitest';
import { timeWindows } from './roadmapPdf.js';

describe('timeWindows', () => {
  it('keeps a period that fits on one page', () => {
    expect(timeWindows('2020-03-15', '2023-12-31', 48)).toEqual([{ from: '2020-03-15', to: '2023-12-31' }]);
  });

  it('splits a longer period into whole years, cut at its ends', () => {
    expect(timeWindows('2019-06-01', '2030-06-30', 48)).toEqual([
      { from: '2019-06-01', to: '2022-12-31' },
      { from: '2023-01-01', to: '2026-12-31' },
      { from: '2027-01-01', to: '2030-06-30' },
    ]);
  });
});
