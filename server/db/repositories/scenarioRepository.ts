// Named what-if scenarios: a list of delays and risks with a mode. Stored as their own nodes, apart
// from the plan, so saving or deleting one never changes the portfolio.
import { randomUUID } from 'node:crypto';

import {
  type ChangeSetMeta,
  IMPACT_MODE,
  isCodeOf,
  type Scenario,
  type ScenarioDelay,
  type ScenarioDraft,
} from '../../domain/model/index.js';
import { tracked } from '../changeLog.js';
import type { Database } from '../database.js';
import type { Props } from '../decode.js';
import { lockVersion } from '../versionLock.js';

/** The names this repository's callers know a scenario by. */
export type ScenarioRow = Scenario;
export type ScenarioInput = ScenarioDraft;

function toRow(p: Props): Scenario {
  return {
    id: String(p.id),
    name: String(p.name),
    description: typeof p.description === 'string' ? p.description : null,
    delays: JSON.parse(String(p.delays ?? '[]')) as ScenarioDelay[],
    riskIds: Array.isArray(p.riskIds) ? p.riskIds.map(String) : [],
    // Scenarios saved before assumed lengths could be kept have none.
    riskDelays: JSON.parse(String(p.riskDelays ?? '[]')) as ScenarioDelay[],
    mode: isCodeOf(IMPACT_MODE, p.mode) ? p.mode : 'preserve',
    version: Number(p.version ?? 1),
    createdBy: String(p.createdBy ?? ''),
    createdAt: String(p.createdAt ?? ''),
    updatedAt: typeof p.updatedAt === 'string' ? p.updatedAt : null,
  };
}

const props = (input: ScenarioInput) => ({
  name: input.name,
  description: input.description,
  delays: JSON.stringify(input.delays),
  riskIds: input.riskIds,
  riskDelays: JSON.stringify(input.riskDelays),
  mode: input.mode,
});

export async function listScenarios(db: Database): Promise<ScenarioRow[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      'MATCH (s:Scenario) RETURN properties(s) AS p ORDER BY s.createdAt DESC, s.id',
    );
    return result.records.map((r) => toRow(r.get('p')));
  });
}

export async function findScenarios(db: Database, ids: readonly string[]): Promise<(ScenarioRow | null)[]> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run('MATCH (s:Scenario) WHERE s.id IN $ids RETURN properties(s) AS p', {
      ids: [...ids],
    });
    return result.records.map((r) => toRow(r.get('p')));
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Who saves or deletes a scenario, and why: kept in the change set. */
export type ScenarioAudit = Pick<ChangeSetMeta, 'by' | 'reason' | 'sakId' | 'idempotency'>;

const scenarioRef = (id: string) => [{ label: 'Scenario', id }];

export async function createScenario(
  db: Database,
  input: ScenarioInput,
  audit: ScenarioAudit,
): Promise<ScenarioRow> {
  const id = randomUUID();
  return db.write(async (tx) => {
    const { result } = await tracked(tx, { ...audit, operation: 'saveScenario' }, scenarioRef(id), () =>
      tx.run(
        `CREATE (s:Scenario {id: $id}) SET s += $props, s.version = 1, s.createdBy = $by, s.createdAt = toString(datetime())
         RETURN properties(s) AS p`,
        { id, props: props(input), by: audit.by },
      ),
    );
    return toRow(result.records[0]?.get('p'));
  });
}

export async function updateScenario(
  db: Database,
  id: string,
  version: number,
  input: ScenarioInput,
  audit: ScenarioAudit,
): Promise<ScenarioRow> {
  return db.write(async (tx) => {
    await lockVersion(tx, 'MATCH (x:Scenario {id: $id})', 'scenario', id, version);
    const { result } = await tracked(tx, { ...audit, operation: 'saveScenario' }, scenarioRef(id), () =>
      tx.run(
        `MATCH (s:Scenario {id: $id}) SET s += $props, s.version = s.version + 1, s.updatedAt = toString(datetime())
         REMOVE s.editLock RETURN properties(s) AS p`,
        { id, props: props(input) },
      ),
    );
    return toRow(result.records[0]?.get('p'));
  });
}

/** Renames a scenario: its name only, recorded as its own change set like every write. */
export async function renameScenario(
  db: Database,
  id: string,
  version: number,
  name: string,
  audit: ScenarioAudit,
): Promise<ScenarioRow> {
  return db.write(async (tx) => {
    await lockVersion(tx, 'MATCH (x:Scenario {id: $id})', 'scenario', id, version);
    const { result } = await tracked(tx, { ...audit, operation: 'renameScenario' }, scenarioRef(id), () =>
      tx.run(
        `MATCH (s:Scenario {id: $id}) SET s.name = $name, s.version = s.version + 1, s.updatedAt = toString(datetime())
         REMOVE s.editLock RETURN properties(s) AS p`,
        { id, name },
      ),
    );
    return toRow(result.records[0]?.get('p'));
  });
}

export async function deleteScenario(
  db: Database,
  id: string,
  version: number,
  audit: ScenarioAudit,
): Promise<void> {
  await db.write(async (tx) => {
    await lockVersion(tx, 'MATCH (x:Scenario {id: $id})', 'scenario', id, version);
    await tracked(tx, { ...audit, operation: 'deleteScenario' }, scenarioRef(id), () =>
      tx.run('MATCH (s:Scenario {id: $id}) DELETE s', { id }),
    );
  });
}
