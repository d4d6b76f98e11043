// Creating, changing and deleting a tiltak (initiative) and its owners, participants and parents.
import type { Database } from '../../db/database.js';
import { createEntity, deleteEntity, updateEntity } from '../../db/repositories/editRepository.js';
import type { EntityLinks, Initiative, InitiativeFields, InitiativePatch } from '../../domain/model/index.js';
import { FieldChecks } from '../fieldChecks.js';
import {
  checkNames,
  currentEntity,
  type Editor,
  idsOf,
  newId,
  pickPatch,
  searchTextAfter,
  searchTextFor,
} from './editCommon.js';

export interface InitiativeInput extends InitiativePatch {
  readonly id?: string | null;
  readonly ownerIds?: readonly (string | number)[] | null;
  readonly participantIds?: readonly (string | number)[] | null;
  readonly partOfIds?: readonly (string | number)[] | null;
}

const PATCH_KEYS = [
  'name',
  'kind',
  'aliases',
  'description',
  'start',
  'end',
  'status',
  'phase',
  'service',
  'budgetNok',
] as const satisfies readonly (keyof InitiativeFields)[];

const patchOf = (input: InitiativeInput): InitiativePatch => pickPatch<InitiativePatch>(input, PATCH_KEYS);

function linksOf(input: InitiativeInput): EntityLinks {
  return {
    ownerIds: idsOf(input.ownerIds),
    participantIds: idsOf(input.participantIds),
    partOfIds: idsOf(input.partOfIds),
  };
}

function check(
  input: InitiativeInput,
  creating: boolean,
  period: { start?: string | null; end?: string | null },
) {
  const checks = new FieldChecks();
  checkNames(checks, input, creating);
  if (!creating) checks.notNull('kind', input.kind);
  checks.text('phase', input.phase, { max: 100 });
  checks.text('service', input.service, { max: 500 });
  if (typeof input.budgetNok === 'number' && !(input.budgetNok >= 0))
    checks.add('budget', 'must not be negative');
  checks.period(period.start, period.end);
  checks.throwIfAny();
}

export function createInitiative(
  db: Database,
  input: InitiativeInput & Pick<InitiativeFields, 'name' | 'kind'>,
  editor: Editor,
): Promise<Initiative> {
  check(input, true, input);
  const id = newId(input.id, input.name);
  const searchText = searchTextFor(id, input.name, input.aliases ?? []);
  return createEntity(db, 'Initiative', id, patchOf(input), searchText, linksOf(input), editor);
}

export async function updateInitiative(
  db: Database,
  id: string,
  version: number,
  input: InitiativeInput,
  editor: Editor,
): Promise<Initiative> {
  const current = await currentEntity(db, id);
  const was = current?.label === 'Initiative' ? current : null;
  check(input, false, {
    start: input.start === undefined ? was?.start?.text : input.start,
    end: input.end === undefined ? was?.end?.text : input.end,
  });
  const searchText = searchTextAfter(current, id, input.name, input.aliases);
  return updateEntity(db, 'Initiative', id, version, patchOf(input), searchText, linksOf(input), editor);
}

/** Deletes the initiative with its milestones, status reports and year activities. */
export function deleteInitiative(db: Database, id: string, version: number, editor: Editor): Promise<void> {
  return deleteEntity(db, 'Initiative', id, version, editor);
}
