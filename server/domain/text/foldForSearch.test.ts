import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTextOf, searchTokens } from './foldForSearch.js';

describe('foldForSearch', () => {
  it.each([
    ['Helse Sør-Øst RHF', 'helse sor ost rhf'],
    ['Pasientens legemiddelliste (PLL)', 'pasientens legemiddelliste pll'],
    ['Nasjonalt e-helseråd', 'nasjonalt e helserad'],
    ['Ærlig Åpen Øvelse', 'aerlig apen ovelse'],
    ['Darlèn Gjølstad', 'darlen gjolstad'],
    ['  MF  Helse ', 'mf helse'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('splits a query into distinct folded words', () => {
    expect(searchTokens('Helse sør-øst helse')).toEqual(['helse', 'sor', 'ost']);
    expect(searchTokens(' – ')).toEqual([]);
  });

  it('lets a query without hyphens find a name with them', () => {
    const text = searchTextOf(['ehelsestrategi', 'Nasjonal e-helsestrategi']);
    for (const token of searchTokens('e-helsestrategi')) expect(text).toContain(token);
    for (const token of searchTokens('ehelsestrategi')) expect(text).toContain(token);
  });
});
