// A synthetic portfolio in the seed's shape, as graph.json (the file POST /import/graph.json reads), so
// the API benchmark loads it through the normal import. Seeded: every run sees the same plan.
//
// Built on the client benchmark's generator (bench/client/synthetic.ts: ~45 actors owning Zipf-skewed
// shares, dates 2019–2030 at day, month, quarter or year precision, 0–2 milestones per tiltak, ~3.6
// dependencies per tiltak on earlier tiltak planned to end before it starts, so the plan is a DAG whose
// schedule stays in the planned years, as a real portfolio's does) and adds what the API reads besides: programmes
// with sub-projects (PART_OF), veikart goals per year (CONTRIBUTES_TO), year activities for the NUIT
// view (HAS_ACTIVITY), and a few risks (AFFECTS).
import { dateProps } from '../../server/db/dateProps.js';
import type { PortfolioPlan } from '../../server/db/repositories/planRepository.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphDump } from '../../server/domain/model/graphDump.js';
import { searchTextFor } from '../../server/services/edits/editCommon.js';
import { generatePortfolio } from '../client/synthetic.js';

type Node = GraphDump['nodes'][number];
type Rel = GraphDump['relationships'][number];
type Props = Record<string, string | number | boolean | string[]>;

/** Every this-many tiltak share a programme (the first of them is it). */
const PROGRAMME_SIZE = 20;
const KIND_OF: Record<string, string> = {
  TILTAK: 'tiltak',
  PROJECT: 'project',
  PROGRAMME: 'project',
  NATIONAL_SOLUTION: 'tiltak',
  STANDARD: 'standard',
  REGULATION: 'regulation',
  PLAN: 'plan',
};

/** The canonical text of a synthetic date from the days it covers (day, month, quarter or year). */
function canonical(first: string, last: string): string {
  if (first === last) return first;
  const [y, m] = first.split('-');
  if (last.slice(0, 7) === first.slice(0, 7)) return `${y}-${m}`;
  if (first.endsWith('-01-01') && last.endsWith('-12-31')) return String(y);
  return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
}

const clean = (p: Record<string, unknown>): Props =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined)) as Props;

export interface BenchPortfolio {
  dump: GraphDump;
  /** A tiltak nothing depends on (impact moves one item). */
  leafId: string;
  /** The tiltak the most others depend on, directly or not (impact moves many). */
  hubId: string;
  /** A tiltak in the middle, for the dependency graph. */
  middleId: string;
  tiltak: number;
  milestones: number;
  dependencies: number;
}

export function generateBenchPortfolio(size: number, seed = 16): BenchPortfolio {
  const p = generatePortfolio(size, seed, { timelyDependencies: true });
  const nodes: Node[] = [];
  const rels: Rel[] = [];
  const node = (label: string, id: string, props: Record<string, unknown>, integers?: string[]) => {
    nodes.push({
      labels: ['Entity', label] as Node['labels'],
      props: clean({ id, version: 1, ...props }),
      sources: [],
      ...(integers ? { integers } : {}),
    });
  };
  const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}) => {
    rels.push({ type: type as Rel['type'], from, to, props: clean(props) });
  };

  for (const a of p.actors)
    node('Actor', a.id, { name: a.name, searchText: searchTextFor(a.id, a.name, []) });
  const years = Array.from({ length: 12 }, (_, k) => 2019 + k);
  for (const year of years)
    node('Goal', `goal-${year}`, { title: `Veikart ${year}`, name: `Veikart ${year}`, veikartYear: year }, [
      'veikartYear',
    ]);
  p.initiatives.forEach((i, k) => {
    const isProgramme = k % PROGRAMME_SIZE === 0;
    const start = i.start ? canonical(i.start.firstDay, i.start.lastDay) : undefined;
    const end = i.end ? canonical(i.end.firstDay, i.end.lastDay) : undefined;
    node('Initiative', i.id, {
      name: i.name,
      kind: isProgramme ? 'programme' : (KIND_OF[i.kind] ?? 'tiltak'),
      status: i.status,
      ...dateProps('start', start),
      ...dateProps('end', end),
      searchText: searchTextFor(i.id, i.name, []),
    });
    i.owners.forEach((o, n) => {
      rel(n === 0 ? 'OWNS' : 'PARTICIPATES_IN', o, i.id);
    });
    if (!isProgramme) rel('PART_OF', i.id, `i-${k - (k % PROGRAMME_SIZE)}`);
    const year = Number((start ?? end ?? '2025').slice(0, 4));
    if (k % 3 === 0) rel('CONTRIBUTES_TO', i.id, `goal-${year}`);
    if (k % 4 === 1) {
      const activity = `${i.id}@${year}`;
      nodes.push({
        labels: ['Entity', 'YearActivity'],
        props: { id: activity, year, text: `Hva skjer i ${year}: ${i.name}` },
        integers: ['year'],
        sources: [],
      });
      rel('HAS_ACTIVITY', i.id, activity);
    }
  });
  for (const m of p.milestones) {
    const date = m.date ? canonical(m.date.firstDay, m.date.lastDay) : undefined;
    node('Milestone', m.id, {
      name: m.name,
      status: m.status.toLowerCase(),
      ...dateProps('date', date),
      searchText: searchTextFor(m.id, m.name, []),
    });
    rel('HAS_MILESTONE', m.initiative, m.id);
  }
  for (const d of p.dependencies)
    rel('DEPENDS_ON', d.from, d.to, { id: `${d.from}->${d.to}`, type: d.type, lagDays: d.lagDays ?? 0 });
  for (let r = 0; r < 10; r++) {
    const id = `risk-${r}`;
    node('Risk', id, { name: `Risiko ${r}`, searchText: searchTextFor(id, `Risiko ${r}`, []) });
    rel('AFFECTS', id, `i-${Math.floor((size * (r + 1)) / 12)}`, r % 2 ? { expectedDelayDays: 60 } : {});
  }

  // Downstream reach per tiltak (dependencies point from later to earlier ones, so walk backwards).
  const dependants = new Map<string, string[]>();
  for (const d of p.dependencies) {
    const list = dependants.get(d.to);
    if (list) list.push(d.from);
    else dependants.set(d.to, [d.from]);
  }
  let hubId = 'i-0';
  let best = -1;
  for (const i of p.initiatives.slice(0, 10)) {
    const seen = new Set<string>();
    const stack = [i.id];
    while (stack.length > 0) {
      for (const x of dependants.get(stack.pop() as string) ?? []) {
        if (seen.has(x)) continue;
        seen.add(x);
        stack.push(x);
      }
    }
    if (seen.size > best) {
      best = seen.size;
      hubId = i.id;
    }
  }
  const leaf = [...p.initiatives].reverse().find((i) => !dependants.has(i.id) && i.start && i.end);
  return {
    dump: {
      format: GRAPH_FORMAT,
      formatVersion: GRAPH_FORMAT_VERSION,
      exportedAt: '2026-12-07',
      scope: 'full',
      filter: null,
      documents: [],
      sources: [],
      nodes,
      relationships: rels,
      seedChecksum: null,
    } as GraphDump,
    leafId: leaf?.id ?? `i-${size - 1}`,
    hubId,
    middleId: `i-${Math.floor(size / 2)}`,
    tiltak: p.initiatives.length,
    milestones: p.milestones.length,
    dependencies: p.dependencies.length,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The plan the engine schedules from a generated graph.json, without a database (as the plan read builds it). */
export function benchPlanOf(dump: GraphDump): PortfolioPlan {
  const parent = new Map<string, string>();
  for (const r of dump.relationships) if (r.type === 'HAS_MILESTONE') parent.set(r.to, r.from);
  const items = dump.nodes
    .filter((n) => n.labels.includes('Initiative') || n.labels.includes('Milestone'))
    .map((n) => {
      const id = String(n.props.id);
      const milestone = n.labels.includes('Milestone');
      return {
        id,
        name: String(n.props.name),
        kind: milestone ? 'milestone' : 'initiative',
        start: text(n.props.start),
        end: text(n.props.end),
        date: text(n.props.date),
        parentId: parent.get(id),
      };
    });
  const dependencies = dump.relationships
    .filter((r) => r.type === 'DEPENDS_ON')
    .map((r) => ({
      from: r.from,
      to: r.to,
      type: (r.props.type ?? 'FS') as 'FS',
      lagDays: Number(r.props.lagDays ?? 0),
    }));
  return { items, dependencies, risks: [], derivedDates: new Set() } as PortfolioPlan;
}
