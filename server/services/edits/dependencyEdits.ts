// Adding, changing and removing a dependency; the repository refuses one that would close a cycle.
import type { Database } from '../../db/database.js';
import {
  updateDependency as changeDependency,
  createDependency as insertDependency,
  deleteDependency as removeDependency,
} from '../../db/repositories/editRepository.js';
import {
  DEPENDENCY_DEFAULTS,
  type Dependency,
  type DependencyFields,
  type DependencyPatch,
} from '../../domain/model/index.js';
import { FieldChecks } from '../fieldChecks.js';
import { type Editor, pickPatch } from './editCommon.js';

export interface NewDependencyInput extends DependencyPatch {
  readonly fromId: string | number;
  readonly toId: string | number;
  readonly kind: DependencyFields['kind'];
}

const MAX_LAG_DAYS = 3650;

function check(patch: DependencyPatch, creating: boolean): void {
  const checks = new FieldChecks();
  checks.text('note', patch.note, { max: 2000 });
  if (!creating)
    for (const field of ['kind', 'type', 'lagDays'] as const) checks.notNull(field, patch[field]);
  if (typeof patch.lagDays === 'number' && Math.abs(patch.lagDays) > MAX_LAG_DAYS)
    checks.add('lagDays', `must be between -${MAX_LAG_DAYS} and ${MAX_LAG_DAYS}`);
  checks.throwIfAny();
}

export function createDependency(
  db: Database,
  input: NewDependencyInput,
  editor: Editor,
): Promise<Dependency> {
  check(input, true);
  return insertDependency(
    db,
    String(input.fromId),
    String(input.toId),
    {
      kind: input.kind,
      type: input.type ?? DEPENDENCY_DEFAULTS.type,
      lagDays: input.lagDays ?? DEPENDENCY_DEFAULTS.lagDays,
      note: input.note ?? null,
    },
    editor,
  );
}

export function updateDependency(
  db: Database,
  id: string,
  version: number,
  input: DependencyPatch,
  editor: Editor,
): Promise<Dependency> {
  check(input, false);
  return changeDependency(
    db,
    id,
    version,
    pickPatch<DependencyPatch>(input, ['kind', 'type', 'lagDays', 'note']),
    editor,
  );
}

export function deleteDependency(db: Database, id: string, version: number, editor: Editor): Promise<void> {
  return removeDependency(db, id, version, editor);
}
