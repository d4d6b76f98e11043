// Finding things: by name, alias or abbreviation across kinds (case, accents and æøå folded), and
// paged lists of one kind. Checks the limits a caller may ask for; the Cypher is in searchRepository.
import type { Database } from '../db/database.js';
import { findEntitiesByIds } from '../db/repositories/entityRepository.js';
import {
  LISTABLE_LABELS,
  type ListableLabel,
  listEntities,
  searchEntities,
} from '../db/repositories/searchRepository.js';
import type { Entity, EntityOf } from '../domain/model/index.js';
import { searchTokens } from '../domain/text/foldForSearch.js';
import { invalid, notFound } from '../errors.js';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_SEARCH_TEXT = 200;
export const MAX_PAGE = 200;

export { LISTABLE_LABELS, type ListableLabel };

export function search(
  db: Database,
  text: string,
  kinds: readonly ListableLabel[] | null | undefined,
  first: number,
): Promise<Entity[]> {
  if (first < 1 || first > MAX_SEARCH_RESULTS)
    throw invalid([{ field: 'first', message: `must be between 1 and ${MAX_SEARCH_RESULTS}` }]);
  if (text.length > MAX_SEARCH_TEXT)
    throw invalid([{ field: 'text', message: `at most ${MAX_SEARCH_TEXT} characters` }]);
  return searchEntities(db, searchTokens(text), kinds?.length ? kinds : LISTABLE_LABELS, first);
}

/** One page of a kind, optionally of some (initiative) kinds and matching a text. */
export function listPage<L extends ListableLabel>(
  db: Database,
  label: L,
  filter: { text?: string | null; kinds?: readonly string[] | null },
  page: { offset: number; limit: number },
): Promise<{ rows: EntityOf<L>[]; totalCount: number }> {
  if (page.limit > MAX_PAGE) throw invalid([{ field: 'first', message: `at most ${MAX_PAGE} per page` }]);
  if ((filter.text?.length ?? 0) > MAX_SEARCH_TEXT)
    throw invalid([{ field: 'text', message: `at most ${MAX_SEARCH_TEXT} characters` }]);
  return listEntities(
    db,
    { label, kinds: filter.kinds ?? null, tokens: filter.text ? searchTokens(filter.text) : null },
    page,
  );
}

/** Any entity by id; NOT_FOUND names what was asked for. */
export async function findEntity(db: Database, id: string, what = 'element'): Promise<Entity> {
  const [entity] = await findEntitiesByIds(db, [id]);
  if (!entity) throw notFound(what, id);
  return entity;
}

/** An initiative by id; anything else (or nothing) is NOT_FOUND. */
export async function findInitiative(db: Database, id: string): Promise<EntityOf<'Initiative'>> {
  const [entity] = await findEntitiesByIds(db, [id]);
  if (entity?.label !== 'Initiative') throw notFound('tiltak', id);
  return entity;
}
