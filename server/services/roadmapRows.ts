// The veikart view flattened into rows for the table, calendar, MS Project and PDF exports: one row
// per initiative and milestone, with owners, dates with their precision, status and dependencies.
// Gathered with the repositories and the roadmap service; the formatters in export/ only format it.
import type { Database } from '../db/database.js';
import {
  findDependencies,
  findEntitiesByIds,
  findRelatedEntities,
} from '../db/repositories/entityRepository.js';
import {
  type BaselineDates,
  type DateSpan,
  type DependencyKind,
  type DependencyType,
  type InitiativeKind,
  type Locale,
  type MilestoneStatus,
  type RoadmapGrouping,
  type StatusColour,
  spanOf,
} from '../domain/model/index.js';
import { buildRoadmap, type RoadmapArgs } from './roadmapView.js';

/** A date as the paper gave it: canonical text ("2023-Q1"), precision and the days it covers. */
export type ExportDate = DateSpan;

export interface ExportDependency {
  /** The item this one needs (DEPENDS_ON target). */
  targetId: string;
  targetName: string;
  type: DependencyType;
  lagDays: number;
  kind: DependencyKind;
  /** Whether the target is shown in this export too (then MS Project can link it). */
  shown: boolean;
}

export interface RoadmapRow {
  id: string;
  kind: 'initiative' | 'milestone';
  name: string;
  /** The initiative's kind (programme, project, tiltak…); "milestone" for milestones. */
  category: InitiativeKind | 'milestone';
  laneKey: string;
  laneLabel: string;
  /** For a milestone: the initiative it belongs to. */
  initiativeId: string | null;
  initiativeName: string | null;
  owners: string[];
  participants: string[];
  start: ExportDate | null;
  end: ExportDate | null;
  status: StatusColour | MilestoneStatus | null;
  dependencies: ExportDependency[];
  /** With a baselineId: the baseline's dates and the finish variance (null when not in the baseline). */
  baseline?: BaselineDates | null;
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
  /** Whether the rows carry baseline dates (a baselineId was given). */
  withBaseline?: boolean;
}

export async function gatherRoadmap(
  db: Database,
  args: RoadmapArgs,
  locale: Locale,
): Promise<RoadmapExportData> {
  const view = await buildRoadmap(db, args, locale);
  const initiatives = view.lanes.flatMap((l) => l.initiatives);
  const milestones = view.lanes.flatMap((l) => l.milestones);
  const ids = [...initiatives, ...milestones].map((n) => n.id);
  const initiativeIds = initiatives.map((n) => n.id);
  const [owners, participants, dependencies] = await Promise.all([
    findRelatedEntities(db, initiativeIds, 'OWNS', 'in', 'Actor'),
    findRelatedEntities(db, initiativeIds, 'PARTICIPATES_IN', 'in', 'Actor'),
    findDependencies(db, ids, 'out'),
  ]);
  const actorIds = [...(args.actorIds ?? [])];
  const actorNames = (await findEntitiesByIds(db, actorIds)).map((a, i) => a?.name ?? actorIds[i] ?? '');
  const shown = new Set(ids);
  const ownersOf = new Map(initiatives.map((n, i) => [n.id, (owners[i] ?? []).map((a) => a.name)]));
  const participantsOf = new Map(
    initiatives.map((n, i) => [n.id, (participants[i] ?? []).map((a) => a.name)]),
  );
  const depsOf = new Map(
    ids.map((id, i) => [
      id,
      (dependencies[i] ?? []).map(
        (d): ExportDependency => ({
          targetId: d.to.id,
          targetName: d.to.name,
          type: d.type,
          lagDays: d.lagDays,
          kind: d.kind,
          shown: shown.has(d.to.id),
        }),
      ),
    ]),
  );
  const initiativeById = new Map(initiatives.map((n) => [n.id, n]));
  // Each initiative's milestones, in the date order the lane has them (one pass, not one per initiative).
  const milestonesOf = new Map<string, (typeof milestones)[number][]>();
  for (const m of milestones) {
    const owner = view.milestoneInitiative.get(m.id);
    if (owner === undefined) continue;
    const list = milestonesOf.get(owner);
    if (list) list.push(m);
    else milestonesOf.set(owner, [m]);
  }
  const lanes = view.lanes.map((lane) => {
    const rows: RoadmapRow[] = [];
    for (const i of lane.initiatives) {
      rows.push({
        id: i.id,
        kind: 'initiative',
        name: i.name,
        category: i.kind,
        laneKey: lane.key,
        laneLabel: lane.label,
        initiativeId: null,
        initiativeName: null,
        owners: ownersOf.get(i.id) ?? [],
        participants: participantsOf.get(i.id) ?? [],
        start: spanOf(i.start),
        end: spanOf(i.end),
        status: i.status,
        dependencies: depsOf.get(i.id) ?? [],
        baseline: view.baseline?.get(i.id) ?? null,
      });
      // Each initiative's milestones follow it, in date order (as the repository returns them).
      for (const m of milestonesOf.get(i.id) ?? []) {
        const date = spanOf(m.date);
        rows.push({
          id: m.id,
          kind: 'milestone',
          name: m.name,
          category: 'milestone',
          laneKey: lane.key,
          laneLabel: lane.label,
          initiativeId: i.id,
          initiativeName: (initiativeById.get(i.id) ?? i).name,
          owners: ownersOf.get(i.id) ?? [],
          participants: [],
          start: date,
          end: date,
          status: m.status,
          dependencies: depsOf.get(m.id) ?? [],
          baseline: view.baseline?.get(m.id) ?? null,
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
    withBaseline: view.baseline !== null,
  };
}
