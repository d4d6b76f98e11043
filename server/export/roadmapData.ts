// The veikart view flattened into rows for the table, calendar, MS Project and PDF exports: one row
// per initiative and milestone, with owners, dates with their precision, status and dependencies.
// Gathered with the repositories and the roadmap service; the formatters below only see plain data.
import type { Database } from '../db/database.js';
import { type EntityRow, findEntitiesByIds, findRelated } from '../db/repositories/entityRepository.js';
import type { RoadmapGrouping } from '../db/repositories/roadmapRepository.js';
import { type Precision, parsePrecisionDate, toIsoDay } from '../domain/dates/index.js';
import { buildRoadmap, type RoadmapArgs } from '../services/roadmapView.js';
import type { Locale } from './labels.js';

/** A date as the paper gave it: canonical text ("2023-Q1"), precision and the days it covers. */
export interface ExportDate {
  text: string;
  precision: Precision;
  first: string;
  last: string;
}

export interface ExportDependency {
  /** The item this one needs (DEPENDS_ON target). */
  targetId: string;
  targetName: string;
  type: 'FS' | 'SS' | 'FF' | 'SF';
  lagDays: number;
  kind: string;
  /** Whether the target is shown in this export too (then MS Project can link it). */
  shown: boolean;
}

export interface RoadmapRow {
  id: string;
  kind: 'initiative' | 'milestone';
  name: string;
  /** The initiative's kind (programme, project, tiltak…); "milestone" for milestones. */
  category: string;
  laneKey: string;
  laneLabel: string;
  /** For a milestone: the initiative it belongs to. */
  initiativeId: string | null;
  initiativeName: string | null;
  owners: string[];
  participants: string[];
  start: ExportDate | null;
  end: ExportDate | null;
  status: string | null;
  dependencies: ExportDependency[];
}

export interface RoadmapLaneRows {
  key: string;
  label: string;
  rows: RoadmapRow[];
}

export interface RoadmapExportData {
  from: string;
  to: string;
  groupBy: RoadmapGrouping;
  filter: { actorIds: string[]; kinds: string[]; statuses: string[]; text: string | null };
  /** Names of the filtering actors, for the headers. */
  actorNames: string[];
  lanes: RoadmapLaneRows[];
}

export function exportDate(text: unknown): ExportDate | null {
  if (typeof text !== 'string' || text === '') return null;
  const d = parsePrecisionDate(text);
  return { text: d.text, precision: d.precision, first: toIsoDay(d.first), last: toIsoDay(d.last) };
}

const nameOf = (n: EntityRow) => String(n.props.name ?? n.props.title ?? n.id);
const DEPENDENCY_TYPES = new Set(['FS', 'SS', 'FF', 'SF']);

export async function gatherRoadmap(
  db: Database,
  args: RoadmapArgs,
  locale: Locale,
): Promise<RoadmapExportData> {
  const view = await buildRoadmap(db, args, locale);
  const initiatives = view.lanes.flatMap((l) => l.initiatives);
  const milestones = view.lanes.flatMap((l) => l.milestones);
  const ids = [...initiatives, ...milestones].map((n) => n.id);
  const [owners, participants, dependencies] = await Promise.all([
    findRelated(
      db,
      initiatives.map((n) => n.id),
      'OWNS',
      'in',
    ),
    findRelated(
      db,
      initiatives.map((n) => n.id),
      'PARTICIPATES_IN',
      'in',
    ),
    findRelated(db, ids, 'DEPENDS_ON', 'out'),
  ]);
  const actorIds = [...(args.actorIds ?? [])];
  const actorNames = (await findEntitiesByIds(db, actorIds)).map((a, i) =>
    a ? nameOf(a) : (actorIds[i] ?? ''),
  );
  const shown = new Set(ids);
  const ownersOf = new Map(initiatives.map((n, i) => [n.id, (owners[i] ?? []).map((r) => nameOf(r.node))]));
  const participantsOf = new Map(
    initiatives.map((n, i) => [n.id, (participants[i] ?? []).map((r) => nameOf(r.node))]),
  );
  const depsOf = new Map(
    ids.map((id, i) => [
      id,
      (dependencies[i] ?? []).map(
        (r): ExportDependency => ({
          targetId: r.node.id,
          targetName: nameOf(r.node),
          type: (DEPENDENCY_TYPES.has(String(r.rel.type)) ? r.rel.type : 'FS') as ExportDependency['type'],
          lagDays: Number(r.rel.lagDays ?? 0),
          kind: String(r.rel.kind ?? 'technical'),
          shown: shown.has(r.node.id),
        }),
      ),
    ]),
  );
  const initiativeById = new Map(initiatives.map((n) => [n.id, n]));
  const lanes = view.lanes.map((lane) => {
    const rows: RoadmapRow[] = [];
    for (const i of lane.initiatives) {
      rows.push({
        id: i.id,
        kind: 'initiative',
        name: nameOf(i),
        category: String(i.props.kind ?? ''),
        laneKey: lane.key,
        laneLabel: lane.label,
        initiativeId: null,
        initiativeName: null,
        owners: ownersOf.get(i.id) ?? [],
        participants: participantsOf.get(i.id) ?? [],
        start: exportDate(i.props.start),
        end: exportDate(i.props.end),
        status: typeof i.props.status === 'string' ? i.props.status : null,
        dependencies: depsOf.get(i.id) ?? [],
      });
      // Each initiative's milestones follow it, in date order (as the repository returns them).
      for (const m of lane.milestones.filter((m) => view.milestoneInitiative.get(m.id) === i.id)) {
        const date = exportDate(m.props.date);
        rows.push({
          id: m.id,
          kind: 'milestone',
          name: nameOf(m),
          category: 'milestone',
          laneKey: lane.key,
          laneLabel: lane.label,
          initiativeId: i.id,
          initiativeName: nameOf(initiativeById.get(i.id) ?? i),
          owners: ownersOf.get(i.id) ?? [],
          participants: [],
          start: date,
          end: date,
          status: typeof m.props.status === 'string' ? m.props.status : null,
          dependencies: depsOf.get(m.id) ?? [],
        });
      }
    }
    return { key: lane.key, label: lane.label, rows };
  });
  return {
    from: view.from,
    to: view.to,
    groupBy: view.groupBy,
    filter: {
      actorIds,
      kinds: [...(args.kinds ?? [])],
      statuses: [...(args.statuses ?? [])],
      text: args.text ?? null,
    },
    actorNames,
    lanes,
  };
}
