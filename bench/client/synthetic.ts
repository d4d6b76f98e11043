// A synthetic portfolio for the client benchmark, and the answers the app's GraphQL queries get for it
// (roadmap, dependency graph, actor list, health). Seeded, so every run sees the same plan.
//
// Shape: N initiatives owned by ~45 actors with a skewed spread (the RHFs, NHN and the directorates own
// most, each municipality a few), dated 2019–2030 at day, month, quarter or year precision; 0–2
// milestones each; and about 4 dependencies per initiative on earlier ones, so the plan is a DAG.

const ACTORS = [
  'Helse Sør-Øst RHF',
  'Helse Vest RHF',
  'Helse Midt-Norge RHF',
  'Helse Nord RHF',
  'Norsk helsenett SF',
  'Helsedirektoratet',
  'Direktoratet for e-helse',
  'Folkehelseinstituttet',
  'Statens legemiddelverk',
  'KS',
  'Helse- og omsorgsdepartementet',
  'Helseplattformen AS',
  'Sykehuspartner HF',
  'Helse Vest IKT',
  'Hemit',
  'Helse Nord IKT',
  'Statens helsetilsyn',
  'Skattedirektoratet',
  'Digitaliseringsdirektoratet',
  'NAV',
  'Legeforeningen',
  'Apotekforeningen',
  'Nasjonalt senter for e-helseforskning',
  'Kreftregisteret',
  ...[
    'Oslo',
    'Bergen',
    'Trondheim',
    'Stavanger',
    'Kristiansand',
    'Tromsø',
    'Drammen',
    'Fredrikstad',
    'Sandnes',
    'Bodø',
    'Ålesund',
    'Asker',
    'Bærum',
    'Lillestrøm',
    'Skien',
    'Sarpsborg',
    'Tønsberg',
    'Moss',
    'Hamar',
    'Gjøvik',
    'Molde',
  ].map((k) => `${k} kommune`),
];
const SUBJECTS = [
  'Kjernejournal',
  'Pasientens legemiddelliste',
  'E-resept',
  'Helsenorge',
  'Persontjenesten',
  'Felles språk',
  'Digitalt helsekort',
  'Meldingsutveksling',
  'Dokumentdeling',
  'Velferdsteknologi',
  'Helseanalyseplattformen',
  'Samhandlingsplattform',
  'Legemiddelregisteret',
  'Kritisk informasjon',
  'Timebestilling',
  'Videokonsultasjon',
  'Pasientforløp',
  'Smittesporing',
];
const STEPS = [
  'forprosjekt',
  'utprøving',
  'innføring',
  'nasjonal utbredelse',
  'forvaltning',
  'gevinstrealisering',
];
const KINDS = ['TILTAK', 'PROJECT', 'PROGRAMME', 'NATIONAL_SOLUTION', 'STANDARD', 'REGULATION', 'PLAN'];
const STATUSES = ['green', 'green', 'green', 'yellow', 'yellow', 'red', 'blue', 'grey', null] as const;
const MONTHS = [
  'jan.',
  'feb.',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'des.',
];

/** mulberry32: small, fast and seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SynthDate {
  __typename: 'DateWithPrecision';
  firstDay: string;
  lastDay: string;
  label: string;
}
export interface SynthInitiative {
  id: string;
  name: string;
  kind: string;
  status: string | null;
  owners: string[];
  start: SynthDate | null;
  end: SynthDate | null;
}
export interface SynthMilestone {
  id: string;
  name: string;
  status: string;
  initiative: string;
  date: SynthDate | null;
}
export interface SynthDependency {
  id: string;
  /** `from` needs `to`. */
  from: string;
  to: string;
  type: 'FS' | 'SS' | 'FF';
  lagDays: number | null;
}
export interface Portfolio {
  actors: { id: string; name: string }[];
  initiatives: SynthInitiative[];
  milestones: SynthMilestone[];
  dependencies: SynthDependency[];
  byId: Map<string, SynthInitiative | SynthMilestone>;
  /** Dependencies by the item that needs (upstream walk) and the item needed (downstream walk). */
  needs: Map<string, SynthDependency[]>;
  neededBy: Map<string, SynthDependency[]>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function dateAt(rand: () => number, year: number, month: number): SynthDate {
  const p = rand();
  if (p < 0.35) {
    const d = 1 + Math.floor(rand() * 28);
    return {
      __typename: 'DateWithPrecision',
      firstDay: iso(year, month, d),
      lastDay: iso(year, month, d),
      label: `${d}. ${MONTHS[month - 1]} ${year}`,
    };
  }
  if (p < 0.7)
    return {
      __typename: 'DateWithPrecision',
      firstDay: iso(year, month, 1),
      lastDay: iso(year, month, lastOfMonth(year, month)),
      label: `${MONTHS[month - 1]} ${year}`,
    };
  if (p < 0.9) {
    const q = Math.floor((month - 1) / 3);
    return {
      __typename: 'DateWithPrecision',
      firstDay: iso(year, q * 3 + 1, 1),
      lastDay: iso(year, q * 3 + 3, lastOfMonth(year, q * 3 + 3)),
      label: `${q + 1}. kvartal ${year}`,
    };
  }
  return {
    __typename: 'DateWithPrecision',
    firstDay: iso(year, 1, 1),
    lastDay: iso(year, 12, 31),
    label: String(year),
  };
}

export interface PortfolioOptions {
  /** Dependencies only on what the plan has ending before (bench/api: the engine schedules them). */
  timelyDependencies?: boolean;
}

export function generatePortfolio(size: number, seed = 7, options: PortfolioOptions = {}): Portfolio {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const actors = ACTORS.map((name, i) => ({ id: `actor-${i}`, name }));
  // Zipf-like: actor k owns about 1/(k+1) as much as the first.
  const weights = actors.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const owner = () => {
    let r = rand() * total;
    for (let k = 0; k < weights.length; k++) {
      r -= weights[k] as number;
      if (r <= 0) return actors[k]?.id as string;
    }
    return actors[0]?.id as string;
  };
  const initiatives: SynthInitiative[] = [];
  const milestones: SynthMilestone[] = [];
  const dependencies: SynthDependency[] = [];
  for (let i = 0; i < size; i++) {
    // Later items start later on average, so dependencies on earlier items make sense in time.
    const startYear = 2019 + Math.min(10, Math.floor((i / size) * 8 + rand() * 3));
    const startMonth = 1 + Math.floor(rand() * 12);
    const years = 1 + Math.floor(rand() * 3);
    const endYear = Math.min(2030, startYear + years);
    const undated = rand() < 0.03;
    const owners = rand() < 0.15 ? [owner(), owner()] : [owner()];
    const initiative: SynthInitiative = {
      id: `i-${i}`,
      name: `${pick(SUBJECTS)} ${pick(STEPS)} ${i}`,
      kind: pick(KINDS),
      status: pick(STATUSES),
      owners: [...new Set(owners)],
      start: undated ? null : dateAt(rand, startYear, startMonth),
      end: undated ? null : dateAt(rand, endYear, 1 + Math.floor(rand() * 12)),
    };
    initiatives.push(initiative);
    const count = Math.floor(rand() * 3);
    for (let m = 0; m < count; m++) {
      milestones.push({
        id: `m-${i}-${m}`,
        name: `${initiative.name}: ${m === 0 ? 'pilot i drift' : 'nasjonalt tilgjengelig'}`,
        status: pick(['PLANNED', 'PLANNED', 'DONE', 'DELAYED']),
        initiative: initiative.id,
        date: dateAt(rand, Math.min(2030, startYear + m + 1), 1 + Math.floor(rand() * 12)),
      });
    }
    const wanted = i === 0 ? 0 : Math.min(i, 2 + Math.floor(rand() * 5));
    const targets = new Set<number>();
    if (options.timelyDependencies) {
      // As a plan is made: only on what is planned to end before this starts (a lag may still push it a
      // little). Without this, chains of thousands of dependencies on items that end later push the
      // schedule centuries past the planned dates (to year 12185 at 50k), and even 2 % of such
      // conflicts, on random earlier items, reach most of the plan and move its median finish to 2040.
      for (let k = 0; k < wanted * 20 && targets.size < wanted; k++) {
        const t = Math.floor(rand() * i);
        const before = initiatives[t]?.end?.lastDay;
        const start = initiative.start?.firstDay;
        if (before && start && before < start) targets.add(t);
      }
    } else
      for (let k = 0; k < wanted * 3 && targets.size < wanted; k++) {
        // Mostly recent predecessors (a programme's own steps), sometimes an old foundation.
        const back = rand() < 0.8 ? 1 + Math.floor(rand() * Math.min(i, 60)) : 1 + Math.floor(rand() * i);
        targets.add(i - back);
      }
    for (const t of targets)
      dependencies.push({
        id: `d-${i}-${t}`,
        from: initiative.id,
        to: `i-${t}`,
        type: rand() < 0.85 ? 'FS' : rand() < 0.5 ? 'SS' : 'FF',
        lagDays: rand() < 0.2 ? Math.floor(rand() * 60) : null,
      });
  }
  const byId = new Map<string, SynthInitiative | SynthMilestone>();
  for (const x of initiatives) byId.set(x.id, x);
  for (const x of milestones) byId.set(x.id, x);
  const needs = new Map<string, SynthDependency[]>();
  const neededBy = new Map<string, SynthDependency[]>();
  for (const d of dependencies) {
    needs.set(d.from, [...(needs.get(d.from) ?? []), d]);
    neededBy.set(d.to, [...(neededBy.get(d.to) ?? []), d]);
  }
  return { actors, initiatives, milestones, dependencies, byId, needs, neededBy };
}

// --- the GraphQL answers ---------------------------------------------------------------------------

export interface RoadmapVariables {
  from: string;
  to: string;
  groupBy?: string | null;
  filter?: { text?: string; kinds?: string[]; statuses?: string[]; actorIds?: string[] } | null;
  /** The client asks for the dependencies only when it draws arrows (`@include(if: $withDependencies)`). */
  withDependencies?: boolean;
}

const overlaps = (first: SynthDate | null, last: SynthDate | null, from: string, to: string) => {
  const a = (first ?? last)?.firstDay;
  const b = (last ?? first)?.lastDay;
  return !a || !b || (a <= to && b >= from);
};

const initiativeOut = (i: SynthInitiative) => ({
  __typename: 'Initiative',
  id: i.id,
  name: i.name,
  kind: i.kind,
  status: i.status,
  start: i.start,
  end: i.end,
});

export function answerRoadmap(p: Portfolio, v: RoadmapVariables) {
  const f = v.filter ?? {};
  const text = f.text?.toLowerCase();
  const shown = p.initiatives.filter(
    (i) =>
      overlaps(i.start, i.end, v.from, v.to) &&
      (!text || i.name.toLowerCase().includes(text)) &&
      (!f.kinds?.length || f.kinds.includes(i.kind)) &&
      (!f.statuses?.length || f.statuses.includes(i.status ?? 'unknown')) &&
      (!f.actorIds?.length || i.owners.some((o) => f.actorIds?.includes(o))),
  );
  const shownIds = new Set(shown.map((i) => i.id));
  const actorName = new Map(p.actors.map((a) => [a.id, a.name]));
  const laneKeys = (i: SynthInitiative): [string, string][] =>
    v.groupBy === 'STATUS'
      ? [[i.status ?? '-', i.status ?? '']]
      : i.owners.map((o) => [o, actorName.get(o) ?? o]);
  const lanes = new Map<
    string,
    { __typename: 'RoadmapLane'; key: string; label: string; initiatives: unknown[]; milestones: unknown[] }
  >();
  const laneOf = (key: string, label: string) => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { __typename: 'RoadmapLane', key, label, initiatives: [], milestones: [] };
      lanes.set(key, lane);
    }
    return lane;
  };
  for (const i of shown)
    for (const [key, label] of laneKeys(i)) laneOf(key, label).initiatives.push(initiativeOut(i));
  const initiativeById = new Map(shown.map((i) => [i.id, i]));
  for (const m of p.milestones) {
    const owner = initiativeById.get(m.initiative);
    if (!owner || !m.date || m.date.lastDay < v.from || m.date.firstDay > v.to) continue;
    for (const [key, label] of laneKeys(owner))
      laneOf(key, label).milestones.push({
        __typename: 'Milestone',
        id: m.id,
        name: m.name,
        status: m.status,
        date: m.date,
      });
  }
  const dependencies = (v.withDependencies === false ? [] : p.dependencies)
    .filter((d) => shownIds.has(d.from) && shownIds.has(d.to))
    .map((d) => ({
      __typename: 'Dependency',
      id: d.id,
      type: d.type,
      from: { __typename: 'Initiative', id: d.from },
      to: { __typename: 'Initiative', id: d.to },
    }));
  return {
    roadmap: {
      __typename: 'Roadmap',
      from: v.from,
      to: v.to,
      lanes: [...lanes.values()].sort((a, b) => a.label.localeCompare(b.label, 'nb')),
      ...(v.withDependencies === false ? {} : { dependencies }),
    },
  };
}

export interface GraphVariables {
  rootIds: string[];
  direction?: 'BOTH' | 'UPSTREAM' | 'DOWNSTREAM' | null;
  depth?: number | null;
}

/** The same walk as the server's graph repository: level by level, at most `maxNodes` nodes. */
export function walkGraph(p: Portfolio, v: GraphVariables, maxNodes = 2000) {
  const nodes = new Set(v.rootIds.filter((id) => p.byId.has(id)));
  const edges = new Map<string, SynthDependency>();
  let truncated = false;
  const directions =
    v.direction === 'UPSTREAM' ? ['up'] : v.direction === 'DOWNSTREAM' ? ['down'] : ['up', 'down'];
  for (const dir of directions) {
    let frontier = [...nodes].filter((id) => v.rootIds.includes(id));
    for (let level = 0; level < (v.depth ?? 2) && frontier.length > 0 && !truncated; level++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const d of (dir === 'up' ? p.needs.get(id) : p.neededBy.get(id)) ?? []) {
          const other = dir === 'up' ? d.to : d.from;
          edges.set(d.id, d);
          if (!nodes.has(other)) {
            if (nodes.size >= maxNodes) {
              truncated = true;
              break;
            }
            nodes.add(other);
            next.push(other);
          }
        }
        if (truncated) break;
      }
      frontier = next;
    }
  }
  const shownEdges = [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to));
  return { nodes: [...nodes], edges: shownEdges, truncated };
}

export function answerGraph(p: Portfolio, v: GraphVariables) {
  const walk = walkGraph(p, v);
  return {
    dependencyGraph: {
      __typename: 'DependencyGraph',
      truncated: walk.truncated,
      nodes: walk.nodes.map((id) => {
        const i = p.byId.get(id) as SynthInitiative;
        return { __typename: 'Initiative', id: i.id, name: i.name, status: i.status };
      }),
      edges: walk.edges.map((d) => ({
        __typename: 'GraphEdge',
        id: d.id,
        type: 'DEPENDS_ON',
        from: d.from,
        to: d.to,
        kind: null,
        dependencyType: d.type,
        lagDays: d.lagDays,
        expectedDelayDays: null,
        inferred: false,
      })),
    },
  };
}

export function answerActors(p: Portfolio) {
  return {
    actors: {
      __typename: 'QueryActorsConnection',
      edges: p.actors.map((a) => ({
        __typename: 'QueryActorsConnectionEdge',
        node: { __typename: 'Actor', id: a.id, name: a.name },
      })),
    },
  };
}

export function answerHealth(p: Portfolio) {
  return {
    version: 'bench',
    health: {
      __typename: 'Health',
      databaseReachable: true,
      neo4jVersion: 'synthetic',
      error: null,
      counts: [
        { __typename: 'LabelCount', label: 'Initiative', count: p.initiatives.length },
        { __typename: 'LabelCount', label: 'Milestone', count: p.milestones.length },
      ],
    },
  };
}
