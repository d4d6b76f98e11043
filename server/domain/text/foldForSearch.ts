// Search folding for Norwegian names: case, accents and the letters æ ø å don't matter, nor
// hyphens and punctuation ("Helse Sør-Øst" ~ "helse sor ost", "e-helse" ~ "ehelse" ~ "e helse").
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded words of a query, each of which must occur in a match. */
export function searchTokens(query: string): string[] {
  return [...new Set(foldForSearch(query).split(' ').filter(Boolean))];
}

/**
 * The text a node is searched by: its id, names and aliases, folded, plus a copy with no spaces so
 * that "ehelse" finds "e-helse" and "kjernejournal" finds "kjerne journal".
 */
export function searchTextOf(parts: (string | undefined | null)[]): string {
  const folded = parts.filter((p): p is string => !!p).map(foldForSearch);
  return [...folded, ...folded.map((f) => f.replace(/ /g, ''))].join(' | ');
}

/** The stored search text of a node: its names and aliases (see searchTextOf), then its id folded. */
export function searchTextFor(id: string, names: (string | undefined | null)[]): string {
  return `${searchTextOf(names)} | ${foldForSearch(id)}`;
}
