// Saving and running what-if scenarios: a planner's draft is checked with the same rules as an
// impact question, then stored apart from the plan (saving or deleting one never changes it).
import type { Database } from '../db/database.js';
import {
  createScenario,
  findScenarios,
  listScenarios,
  deleteScenario as removeScenario,
  renameScenario as renameStoredScenario,
  updateScenario,
} from '../db/repositories/scenarioRepository.js';
import type { ImpactMode, Scenario, ScenarioDraft } from '../domain/model/index.js';
import { invalid, notFound } from '../errors.js';
import { currentPlan } from './currentPlan.js';
import type { Editor } from './edits/editCommon.js';
import { engineTurn } from './engineTurns.js';
import { FieldChecks } from './fieldChecks.js';
import { changesOf, type ImpactRequest, type ImpactShape, runImpact } from './impactRun.js';

export interface ScenarioDraftInput {
  name: string;
  description?: string | null;
  delays?: readonly { id: string | number; days: number }[] | null;
  riskIds?: readonly (string | number)[] | null;
  riskDelays?: readonly { id: string | number; days: number }[] | null;
  mode?: ImpactMode | null;
}

export function impactRequestOf(s: ScenarioDraft): ImpactRequest {
  return {
    delays: s.delays.map((d) => ({ ...d })),
    riskIds: [...s.riskIds],
    riskDelays: s.riskDelays.map((r) => ({ ...r })),
    mode: s.mode,
  };
}

/** A draft as stored: names checked, ids as strings, and the same rules as impact() for its changes. */
export function checkScenarioDraft(input: ScenarioDraftInput): ScenarioDraft {
  const checks = new FieldChecks();
  checks.text('name', input.name, { required: true, max: 200 });
  checks.text('description', input.description, { max: 2000 });
  checks.throwIfAny();
  const draft: ScenarioDraft = {
    name: input.name.trim(),
    description: input.description ?? null,
    delays: (input.delays ?? []).map((d) => ({ id: String(d.id), days: d.days })),
    riskIds: (input.riskIds ?? []).map(String),
    riskDelays: (input.riskDelays ?? []).map((r) => ({ id: String(r.id), days: r.days })),
    mode: input.mode ?? 'preserve',
  };
  changesOf(impactRequestOf(draft)); // at least one change, no negative delays
  return draft;
}

export async function openScenario(db: Database, id: string): Promise<Scenario> {
  const [row] = await findScenarios(db, [id]);
  if (!row) throw notFound('scenario', id);
  return row;
}

/** Creates a scenario, or with an id and the version edited updates it. */
export function saveScenario(
  db: Database,
  input: ScenarioDraftInput,
  editor: Editor,
  target?: { id: string; version: number | null | undefined },
): Promise<Scenario> {
  const draft = checkScenarioDraft(input);
  const audit = auditOf(editor);
  if (!target) return createScenario(db, draft, audit);
  if (target.version === null || target.version === undefined) {
    throw invalid([{ field: 'version', message: 'is required when updating a scenario' }]);
  }
  return updateScenario(db, target.id, target.version, draft, audit);
}

const auditOf = (editor: Editor) => ({
  by: editor.by,
  reason: editor.reason ?? null,
  sakId: editor.sakId ?? null,
  idempotency: editor.idempotency ?? null,
});

export function deleteScenario(db: Database, id: string, version: number, editor: Editor): Promise<void> {
  return removeScenario(db, id, version, auditOf(editor));
}

/** Gives a scenario a new name (checked like a saved one's); nothing else about it changes. */
export function renameScenario(
  db: Database,
  id: string,
  version: number,
  name: string,
  editor: Editor,
): Promise<Scenario> {
  const checks = new FieldChecks();
  checks.text('name', name, { required: true, max: 200 });
  checks.throwIfAny();
  return renameStoredScenario(db, id, version, name.trim(), auditOf(editor));
}

export { listScenarios };

/** The scenario run against the plan as it is now. */
export async function runScenario(db: Database, s: Scenario): Promise<ImpactShape> {
  const plan = await currentPlan(db);
  return engineTurn(() => runImpact(plan, impactRequestOf(s)));
}
