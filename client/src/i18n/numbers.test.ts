import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it.each([
    [33.714, 'nb', '33,7'],
    [33.714, 'en', '33.7'],
    [8, 'nb', '8'],
    [-1.25, 'en', '-1.3'],
    [12345.6, 'nb', '12 345,6'],
  ] as const)('%d in %s is %s', (n, locale, text) => {
    // Intl writes a no-break space between thousands in bokmål.
    expect(formatNumber(n, locale).replace(/\s/g, ' ')).toBe(text);
  });
});
