// Creating, changing and deleting a risk or event, with what it delays and by how much.
import type { Database } from '../../db/database.js';
import { createEntity, deleteEntity, updateEntity } from '../../db/repositories/editRepository.js';
import type { EntityLinks, Risk, RiskFields, RiskPatch } from '../../domain/model/index.js';
import { FieldChecks } from '../fieldChecks.js';
import {
  checkNames,
  currentEntity,
  type Editor,
  newId,
  pickPatch,
  searchTextAfter,
  searchTextFor,
} from './editCommon.js';

export interface RiskEffectInput {
  readonly targetId: string | number;
  readonly expectedDelayDays?: number | null;
  readonly delayText?: string | null;
}

export interface RiskInput extends RiskPatch {
  readonly id?: string | null;
  readonly effects?: readonly RiskEffectInput[] | null;
}

const PATCH_KEYS = ['name', 'kind', 'date', 'description'] as const satisfies readonly (keyof RiskFields)[];
const MAX_EFFECTS = 200;

const patchOf = (input: RiskInput): RiskPatch => pickPatch<RiskPatch>(input, PATCH_KEYS);

function linksOf(input: RiskInput): EntityLinks {
  if (input.effects === undefined) return {};
  return {
    effects: (input.effects ?? []).map((e) => ({
      targetId: String(e.targetId),
      expectedDelayDays: e.expectedDelayDays ?? null,
      delayText: e.delayText ?? null,
    })),
  };
}

function check(input: RiskInput, creating: boolean): void {
  const checks = new FieldChecks();
  checkNames(checks, input, creating);
  if (!creating) checks.notNull('kind', input.kind);
  if ((input.effects?.length ?? 0) > MAX_EFFECTS) checks.add('effects', `at most ${MAX_EFFECTS}`);
  input.effects?.forEach((e, i) => {
    if (typeof e.expectedDelayDays === 'number' && e.expectedDelayDays < 0)
      checks.add(`effects.${i}.expectedDelayDays`, 'must not be negative');
    checks.text(`effects.${i}.delayText`, e.delayText, { max: 500 });
  });
  checks.throwIfAny();
}

export function createRisk(
  db: Database,
  input: RiskInput & Pick<RiskFields, 'name' | 'kind'>,
  editor: Editor,
): Promise<Risk> {
  check(input, true);
  const id = newId(input.id, input.name);
  return createEntity(
    db,
    'Risk',
    id,
    patchOf(input),
    searchTextFor(id, input.name, []),
    linksOf(input),
    editor,
  );
}

export async function updateRisk(
  db: Database,
  id: string,
  version: number,
  input: RiskInput,
  editor: Editor,
): Promise<Risk> {
  check(input, false);
  const searchText = searchTextAfter(await currentEntity(db, id), id, input.name, undefined);
  return updateEntity(db, 'Risk', id, version, patchOf(input), searchText, linksOf(input), editor);
}

export function deleteRisk(db: Database, id: string, version: number, editor: Editor): Promise<void> {
  return deleteEntity(db, 'Risk', id, version, editor);
}
