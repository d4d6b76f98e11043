// Creating, changing and deleting a milestone of a tiltak.
import type { Database } from '../../db/database.js';
import { createEntity, deleteEntity, updateEntity } from '../../db/repositories/editRepository.js';
import type { Milestone, MilestoneFields, MilestonePatch } from '../../domain/model/index.js';
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

export interface MilestoneInput extends MilestonePatch {
  readonly id?: string | null;
  readonly initiativeId?: string | number | null;
}

const PATCH_KEYS = [
  'name',
  'date',
  'dateText',
  'status',
  'description',
] as const satisfies readonly (keyof MilestoneFields)[];

const patchOf = (input: MilestoneInput): MilestonePatch => pickPatch<MilestonePatch>(input, PATCH_KEYS);

function check(input: MilestoneInput, creating: boolean): void {
  const checks = new FieldChecks();
  checkNames(checks, input, creating);
  if (!creating) checks.notNull('initiativeId', input.initiativeId);
  checks.text('dateText', input.dateText, { max: 200 });
  checks.throwIfAny();
}

export function createMilestone(
  db: Database,
  input: MilestoneInput & Pick<MilestoneFields, 'name'> & { initiativeId: string | number },
  editor: Editor,
): Promise<Milestone> {
  check(input, true);
  const id = newId(input.id, input.name);
  return createEntity(
    db,
    'Milestone',
    id,
    patchOf(input),
    searchTextFor(id, input.name, []),
    {
      initiativeIds: [String(input.initiativeId)],
    },
    editor,
  );
}

export async function updateMilestone(
  db: Database,
  id: string,
  version: number,
  input: MilestoneInput,
  editor: Editor,
): Promise<Milestone> {
  check(input, false);
  const searchText = searchTextAfter(await currentEntity(db, id), id, input.name, undefined);
  const links = input.initiativeId ? { initiativeIds: [String(input.initiativeId)] } : {};
  return updateEntity(db, 'Milestone', id, version, patchOf(input), searchText, links, editor);
}

export function deleteMilestone(db: Database, id: string, version: number, editor: Editor): Promise<void> {
  return deleteEntity(db, 'Milestone', id, version, editor);
}
