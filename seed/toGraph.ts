// Pure translation of the validated dataset into node and relationship rows for Neo4j.
// Nodes cite their sources with CITES edges; relationships carry the ids of their sources
// (a relationship cannot point at a node), so every fact can be traced to a paper and lines.
import { createHash } from 'node:crypto';
import {
  type DateStatementRow,
  dateProps,
  foldForSearch,
  NODE_LABELS,
  type NodeLabel,
  type NodeRow,
  type Props,
  parsePrecisionDate,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  type RelRow,
  type SeedGraph,
  type SourceRow,
  searchTextOf,
} from '../server/seedEntry.js';
import type { SeedDataset } from './dataset.js';
import { DOCUMENTS } from './documents.js';
import type { SourceRef } from './schema/common.js';
import type { ResolvedStatement } from './statements.js';

export type { NodeRow, Props, RelRow, SeedGraph, SourceRow };
export { NODE_LABELS, type NodeLabel };
/** The relationship types the seed writes (the model's closed list). */
export const REL_TYPES = RELATIONSHIP_TYPES;

export function sourceId(s: SourceRef): string {
  const key = [s.doc, s.lines[0], s.lines[1], s.sak ?? '', s.quote].join('|');
  return `src-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

function clean(props: Record<string, unknown>): Props {
  const out: Props = {};
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  if (typeof props.name === 'string' || typeof props.title === 'string') {
    props.searchText = searchTextOf([props.name as string, props.title as string, ...aliases]);
  }
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    out[k] = v as Props[string];
  }
  return out;
}

export function toGraph(data: SeedDataset): SeedGraph {
  const sources = new Map<string, SourceRow>();
  const cite = (refs: SourceRef[]): string[] =>
    refs.map((s) => {
      const id = sourceId(s);
      if (!sources.has(id)) {
        sources.set(id, {
          id,
          doc: s.doc,
          fromLine: s.lines[0],
          toLine: s.lines[1],
          sak: s.sak ?? null,
          quote: s.quote,
        });
      }
      return id;
    });
  const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, []])) as unknown as Record<
    NodeLabel,
    NodeRow[]
  >;
  const rels = Object.fromEntries(REL_TYPES.map((t) => [t, []])) as unknown as Record<
    RelationshipType,
    RelRow[]
  >;
  const dateStatements: DateStatementRow[] = [];
  const state = (itemId: string, statements: unknown) => {
    for (const [n, s] of ((statements as ResolvedStatement[] | undefined) ?? []).entries()) {
      dateStatements.push({
        id: `${itemId}@${s.field}#${n + 1}`,
        itemId,
        field: s.field,
        value: s.value ?? null,
        precision:
          s.field === 'status' || s.value === undefined ? null : parsePrecisionDate(s.value).precision,
        text: s.text ?? null,
        kind: s.kind,
        meetingId: s.meetingId,
        meetingDate: s.meetingDate,
        doc: s.doc,
        note: s.note ?? null,
        inferred: s.inferred ?? false,
        order: s.order,
        sourceIds: cite(s.sources as SourceRef[]),
      });
    }
  };
  const inference = (r: { inferred?: boolean; note?: string }) => ({
    inferred: r.inferred ?? false,
    note: r.note ?? null,
  });

  for (const a of data.actors) {
    nodes.Actor.push({
      id: a.id,
      props: clean({
        name: a.name,
        aliases: a.aliases ?? [],
        kind: a.kind,
        description: a.description,
        ...inference(a),
      }),
      sourceIds: cite(a.sources),
    });
  }

  for (const i of data.initiatives) {
    const sourceIds = cite(i.sources);
    state(i.id, i.dateStatements);
    const reports = [...(i.statusReports ?? [])].sort(
      (x, y) => parsePrecisionDate(x.asOf).last - parsePrecisionDate(y.asOf).last,
    );
    const latest = reports.at(-1);
    nodes.Initiative.push({
      id: i.id,
      props: clean({
        name: i.name,
        aliases: i.aliases ?? [],
        kind: i.kind,
        description: i.description,
        ...dateProps('start', i.start),
        ...dateProps('end', i.end),
        startText: i.startText,
        endText: i.endText,
        periodText: i.periodText,
        service: i.service,
        budgetNok: i.budget?.nok,
        budgetYear: i.budget?.year,
        budgetNote: i.budget?.note,
        budgetSourceIds: i.budget ? cite(i.budget.sources) : undefined,
        status: latest?.colour,
        risk: latest?.risk,
        phase: latest?.phase,
        statusAsOf: latest?.asOf,
        notes: i.notes ?? [],
        ...inference(i),
      }),
      sourceIds,
    });
    for (const owner of i.owners ?? []) rels.OWNS.push({ from: owner, to: i.id, props: { sourceIds } });
    for (const p of i.participants ?? [])
      rels.PARTICIPATES_IN.push({ from: p, to: i.id, props: { sourceIds } });
    if (i.partOf) rels.PART_OF.push({ from: i.id, to: i.partOf, props: { sourceIds } });
    if (i.goal) rels.CONTRIBUTES_TO.push({ from: i.id, to: i.goal, props: { sourceIds } });
    if (i.succeeds) {
      rels.SUCCEEDS.push({
        from: i.id,
        to: i.succeeds.id,
        props: clean({ ...inference(i.succeeds), sourceIds: cite(i.succeeds.sources) }),
      });
    }
    for (const report of reports) {
      const id = `${i.id}@status-${report.asOf}`;
      nodes.StatusReport.push({
        id,
        props: clean({
          ...dateProps('asOf', report.asOf),
          colour: report.colour,
          risk: report.risk,
          phase: report.phase,
          note: report.note,
        }),
        sourceIds: cite(report.sources),
      });
      rels.HAS_STATUS.push({ from: i.id, to: id, props: { sourceIds: cite(report.sources) } });
    }
    for (const activity of i.yearActivities ?? []) {
      const id = `${i.id}@${activity.year}`;
      nodes.YearActivity.push({
        id,
        props: { year: activity.year, text: activity.text },
        sourceIds: cite(activity.sources),
      });
      rels.HAS_ACTIVITY.push({ from: i.id, to: id, props: { sourceIds: cite(activity.sources) } });
    }
  }

  for (const g of data.goals) {
    const sourceIds = cite(g.sources);
    nodes.Goal.push({
      id: g.id,
      props: clean({
        title: g.title,
        name: g.title,
        target: g.target,
        ...dateProps('deadline', g.deadline),
        conditionsText: g.conditionsText,
        veikartYear: g.veikartYear,
        ...inference(g),
      }),
      sourceIds,
    });
    if (g.agendaItem) rels.PRESENTED_IN.push({ from: g.id, to: g.agendaItem, props: { sourceIds } });
  }

  for (const c of data.conditions) {
    nodes.Condition.push({
      id: c.id,
      props: clean({
        name: c.name,
        aliases: c.aliases ?? [],
        kind: c.kind,
        state: c.state ?? 'unknown',
        stateNote: c.stateNote,
        ...dateProps('date', c.date),
        ...inference(c),
      }),
      sourceIds: cite(c.sources),
    });
  }

  for (const m of data.milestones) {
    const sourceIds = cite(m.sources);
    state(m.id, m.dateStatements);
    nodes.Milestone.push({
      id: m.id,
      props: clean({
        name: m.name,
        aliases: m.aliases ?? [],
        ...dateProps('date', m.date),
        dateText: m.dateText,
        status: m.status ?? 'unknown',
        description: m.description,
        ...inference(m),
      }),
      sourceIds,
    });
    if (m.initiative) rels.HAS_MILESTONE.push({ from: m.initiative, to: m.id, props: { sourceIds } });
  }

  for (const d of data.dependencies) {
    rels.DEPENDS_ON.push({
      from: d.from,
      to: d.to,
      props: clean({
        id: d.id,
        kind: d.kind,
        type: d.type,
        lagDays: d.lagDays,
        ...inference(d),
        sourceIds: cite(d.sources),
      }),
    });
  }

  for (const r of data.risks) {
    nodes.Risk.push({
      id: r.id,
      props: clean({
        name: r.name,
        aliases: r.aliases ?? [],
        kind: r.kind,
        ...dateProps('date', r.date),
        dateText: r.dateText,
        description: r.description,
        ...inference(r),
      }),
      sourceIds: cite(r.sources),
    });
    for (const a of r.affects ?? []) {
      rels.AFFECTS.push({
        from: r.id,
        to: a.target,
        props: clean({
          expectedDelayDays: a.expectedDelayDays ?? null,
          delayText: a.delayText,
          ...inference(a),
          sourceIds: cite(a.sources),
        }),
      });
    }
  }

  for (const m of data.meetings) {
    nodes.Meeting.push({
      id: m.id,
      props: clean({
        body: m.body,
        number: m.number,
        ...dateProps('date', m.date),
        time: m.time,
        place: m.place,
        document: m.document,
        ...inference(m),
      }),
      sourceIds: cite(m.sources),
    });
  }

  for (const a of data.agendaItems) {
    const sourceIds = cite(a.sources);
    nodes.AgendaItem.push({
      id: a.id,
      props: clean({
        number: a.number,
        title: a.title,
        name: a.title,
        kind: a.kind,
        purpose: a.purpose,
        proposedDecision: a.proposedDecision,
        decision: a.decision,
        deferred: a.deferred ?? false,
        presenter: a.presenter,
        ...inference(a),
      }),
      sourceIds,
    });
    if (a.meeting) rels.ON_AGENDA_OF.push({ from: a.id, to: a.meeting, props: { sourceIds } });
    for (const c of a.concerns ?? []) rels.DISCUSSED_IN.push({ from: c, to: a.id, props: { sourceIds } });
  }

  for (const s of data.snapshots) {
    const flat = (prefix: string, dist: Record<string, number> | undefined) =>
      Object.fromEntries(
        Object.entries(dist ?? {}).map(([k, v]) => [`${prefix}${k[0]?.toUpperCase()}${k.slice(1)}`, v]),
      );
    nodes.PortfolioSnapshot.push({
      id: s.id,
      props: clean({
        ...dateProps('asOf', s.asOf),
        projects: s.projects,
        budgetNok: s.budgetNok,
        ...flat('status', s.status),
        ...flat('risk', s.risk),
        ...flat('segment', s.segments),
        challenges: s.challenges ?? [],
        ...inference(s),
      }),
      sourceIds: cite(s.sources),
    });
  }

  // The id is searchable too ("pll", "pds-steg-2").
  for (const label of NODE_LABELS) {
    for (const row of nodes[label]) {
      if (typeof row.props.searchText === 'string')
        row.props.searchText = `${row.props.searchText} | ${foldForSearch(row.id)}`;
    }
  }
  return { documents: DOCUMENTS, nodes, rels, sources: [...sources.values()], dateStatements };
}
