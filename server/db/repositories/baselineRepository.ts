// Baselines: a frozen plan stored as one (:Baseline) node with its snapshot as JSON. Immutable: it is
// created and deleted, never changed. Not a plan change, so it writes no change set and leaves the
// plan version as it is (it records the version it froze).
import type { Baseline, PlanSnapshot } from '../../domain/model/index.js';
import type { Database } from '../database.js';

type Props = Record<string, unknown>;

function toBaseline(p: Props): Baseline {
  return {
    id: String(p.id),
    kind: 'planner',
    meetingId: null,
    name: String(p.name),
    by: String(p.by ?? ''),
    at: String(p.at ?? ''),
    reason: typeof p.reason === 'string' ? p.reason : null,
    planVersion: Number(p.planVersion ?? 0),
    plan: JSON.parse(String(p.plan ?? '{"items":[],"dependencies":[],"criticalPath":[]}')) as PlanSnapshot,
  };
}

export interface NewBaseline {
  id: string;
  name: string;
  by: string;
  reason: string | null;
  plan: PlanSnapshot;
}

export async function createBaseline(db: Database, b: NewBaseline): Promise<Baseline> {
  return db.write(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (p:PlanVersion {id: 'plan'})
       CREATE (b:Baseline {id: $id, name: $name, by: $by, reason: $reason, plan: $plan,
                           at: toString(datetime()), planVersion: coalesce(p.version, 0)})
       RETURN properties(b) AS b`,
      { ...b, plan: JSON.stringify(b.plan) },
    );
    return toBaseline(result.records[0]?.get('b') as Props);
  });
}

export async function listBaselines(db: Database): Promise<Baseline[]> {
  return db.read(async (tx) => {
    const result = await tx.run('MATCH (b:Baseline) RETURN properties(b) AS b ORDER BY b.at DESC, b.id');
    return result.records.map((r) => toBaseline(r.get('b') as Props));
  });
}

export async function findBaseline(db: Database, id: string): Promise<Baseline | null> {
  return db.read(async (tx) => {
    const result = await tx.run('MATCH (b:Baseline {id: $id}) RETURN properties(b) AS b', { id });
    const record = result.records[0];
    return record ? toBaseline(record.get('b') as Props) : null;
  });
}

/** True when there was one to delete. */
export async function deleteBaseline(db: Database, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const result = await tx.run('MATCH (b:Baseline {id: $id}) DELETE b RETURN count(*) AS n', { id });
    return Number(result.records[0]?.get('n')) > 0;
  });
}
