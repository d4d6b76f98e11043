// What every planner edit shares: ids made from names, the search text kept in step with names and
// aliases, the checks on the common text fields, and who made the edit.

import type { Database } from '../../db/database.js';
import { findEntitiesByIds } from '../../db/repositories/entityRepository.js';
import type { Entity, IdempotencyClaim } from '../../domain/model/index.js';
import { foldForSearch, searchTextFor as searchTextOfNode } from '../../domain/text/foldForSearch.js';
import { invalid } from '../../errors.js';
import type { FieldChecks } from '../fieldChecks.js';

/** Who edits (recorded as createdBy/updatedBy and in the change set), and why where given. */
export interface Editor {
  readonly by: string;
  /** Free text: why the change is made. */
  readonly reason?: string | null;
  /** The sak the change follows from (41/20, or an agenda item id). */
  readonly sakId?: string | null;
  /** The request's Idempotency-Key, kept on the change set so a retry is applied once. */
  readonly idempotency?: IdempotencyClaim | null;
}

export const MAX_NAME = 300;
export const MAX_DESCRIPTION = 5000;
export const MAX_ALIASES = 50;
export const MAX_ALIAS = 200;

export function slugFor(name: string): string {
  return foldForSearch(name).replace(/ /g, '-').slice(0, 80) || 'uten-navn';
}

/** The id given, or one made from the name; either way a slug. */
export function newId(id: string | null | undefined, name: string): string {
  const chosen = id ?? slugFor(name);
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(chosen)) {
    throw invalid([{ field: 'id', message: 'must be a slug: a-z, 0-9 and -, at most 100 characters' }]);
  }
  return chosen;
}

/** The folded text search matches, from the name, the aliases and the id. */
export function searchTextFor(id: string, name: string, aliases: readonly string[]): string {
  return searchTextOfNode(id, [name, ...aliases]);
}

/** The search text after an edit of name or aliases (or both), or undefined when neither changed. */
export function searchTextAfter(
  current: Entity | null,
  id: string,
  name: string | null | undefined,
  aliases: readonly string[] | null | undefined,
): string | undefined {
  if (name === undefined && aliases === undefined) return undefined;
  const currentAliases = current && 'aliases' in current ? current.aliases : [];
  return searchTextFor(id, name ?? current?.name ?? id, aliases ?? currentAliases);
}

export async function currentEntity(db: Database, id: string): Promise<Entity | null> {
  return (await findEntitiesByIds(db, [id]))[0] ?? null;
}

/** The checks on the fields that most kinds share. */
export function checkNames(
  checks: FieldChecks,
  input: { name?: string | null; description?: string | null; aliases?: readonly string[] | null },
  creating: boolean,
): void {
  checks.text('name', input.name, { required: true, max: MAX_NAME });
  if (!creating) checks.notNull('name', input.name);
  checks.text('description', input.description, { max: MAX_DESCRIPTION });
  checks.textList('aliases', input.aliases, MAX_ALIASES, MAX_ALIAS);
}

export const idsOf = (v: readonly (string | number)[] | null | undefined): string[] | undefined =>
  v === undefined ? undefined : v === null ? [] : v.map(String);

/** The patch fields the input gives (null included, undefined left out), nothing else. */
export function pickPatch<P extends object>(input: P, keys: readonly (keyof P)[]): P {
  const patch: Partial<P> = {};
  for (const key of keys) if (input[key] !== undefined) patch[key] = input[key];
  return patch as P;
}
