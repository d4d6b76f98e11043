import { describe, expect, it } from 'vitest';
import { applyParams, listParam } from './url';

describe('applyParams', () => {
  it.each([
    ['', { view: 'graph' }, '?view=graph'],
    ['?view=graph', { view: null }, ''],
    ['?view=graph&q=pll', { q: '' }, '?view=graph'],
    ['?q=pll', { arrows: false }, '?q=pll'],
    ['?q=pll', { arrows: true }, '?q=pll&arrows=true'],
    ['', { depth: 3 }, '?depth=3'],
    ['', { roots: ['helseplattformen', 'pll'] }, '?roots=helseplattformen%2Cpll'],
    ['?roots=a', { roots: [] }, ''],
    ['?q=a&view=year', { q: 'Kjernejournal' }, '?q=Kjernejournal&view=year'],
    ['?q=a', { q: 'æøå & mer' }, '?q=%C3%A6%C3%B8%C3%A5+%26+mer'],
    ['?view=graph', { item: undefined }, '?view=graph'],
  ])('applies %s + %j = %s', (search, patch, expected) => {
    expect(applyParams(search, patch)).toBe(expected);
  });
});

describe('listParam', () => {
  it.each([
    ['', 'kinds', []],
    ['?kinds=PLAN', 'kinds', ['PLAN']],
    ['?kinds=PLAN,PROJECT', 'kinds', ['PLAN', 'PROJECT']],
    ['?kinds=PLAN,,PROJECT,', 'kinds', ['PLAN', 'PROJECT']],
    ['?kinds=', 'kinds', []],
    ['?statuses=red', 'kinds', []],
  ])('reads %s[%s] as %j', (search, key, expected) => {
    expect(listParam(new URLSearchParams(search), key)).toEqual(expected);
  });
});
