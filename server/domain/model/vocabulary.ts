// The portfolio's vocabularies, each declared once: its codes (as stored in Neo4j and the seed), its
// GraphQL enum name, and its words in both languages. The GraphQL enums, the zod schemas (seed, HTTP,
// GraphQL inputs), the export labels and the client's lists are all derived from these tables, so a
// code or a translation can't drift between them; `Record<Code, Words>` makes a missing label a type error.

export type Locale = 'nb' | 'en';
export const LOCALES = ['nb', 'en'] as const satisfies readonly Locale[];

export interface Words {
  nb: string;
  en: string;
}

export interface Vocabulary<Code extends string> {
  /** The GraphQL enum's name. */
  readonly name: string;
  readonly description?: string;
  readonly codes: readonly [Code, ...Code[]];
  readonly labels: Readonly<Record<Code, Words>>;
  /** Per-value GraphQL descriptions, where a code needs explaining. */
  readonly explain?: Partial<Readonly<Record<Code, string>>>;
  /** GraphQL value names that are not simply the code in upper case (kept for API stability). */
  readonly graphqlNames?: Partial<Readonly<Record<Code, string>>>;
}

function vocabulary<const Code extends string>(v: {
  name: string;
  description?: string;
  labels: Record<Code, Words>;
  explain?: Partial<Record<Code, string>>;
  graphqlNames?: Partial<Record<Code, string>>;
}): Vocabulary<Code> {
  const codes = Object.keys(v.labels) as Code[];
  return { ...v, codes: codes as [Code, ...Code[]] };
}

/** The code of a vocabulary, e.g. `CodeOf<typeof INITIATIVE_KIND>` is 'programme' | 'project' | …. */
export type CodeOf<V> = V extends Vocabulary<infer C> ? C : never;

export function isCodeOf<C extends string>(vocab: Vocabulary<C>, value: unknown): value is C {
  return typeof value === 'string' && (vocab.codes as readonly string[]).includes(value);
}

/** How a code is spelt as a GraphQL enum value: national-solution → NATIONAL_SOLUTION. */
export function enumValueName<C extends string>(vocab: Vocabulary<C>, code: C): string {
  return vocab.graphqlNames?.[code] ?? code.toUpperCase().replace(/-/g, '_');
}

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
/** A code's GraphQL spelling as a type: 'national-solution' → 'NATIONAL_SOLUTION'. */
export type GraphQLNameOf<C extends string> = Uppercase<Underscored<C>>;

/** The GraphQL spellings of a vocabulary without renamed values, typed (for the client's lists). */
export function graphqlNames<C extends string>(vocab: Vocabulary<C>): GraphQLNameOf<C>[] {
  if (vocab.graphqlNames) throw new Error(`${vocab.name} renames values; spell them one by one`);
  return vocab.codes.map((c) => enumValueName(vocab, c) as GraphQLNameOf<C>);
}

/** The code for a code or its GraphQL spelling (NATIONAL_SOLUTION, national-solution), or undefined. */
export function codeFromAnySpelling<C extends string>(vocab: Vocabulary<C>, text: string): C | undefined {
  return vocab.codes.find((c) => c === text || enumValueName(vocab, c) === text.toUpperCase());
}

/** The label of a code in a language; an absent code reads as the empty string. */
export function labelOf<C extends string>(
  vocab: Vocabulary<C>,
  code: C | null | undefined,
  locale: Locale,
): string {
  return code ? vocab.labels[code][locale] : '';
}

export const INITIATIVE_KIND = vocabulary({
  name: 'InitiativeKind',
  labels: {
    programme: { nb: 'Program', en: 'Programme' },
    project: { nb: 'Prosjekt', en: 'Project' },
    'national-solution': { nb: 'Nasjonal løsning', en: 'National solution' },
    plan: { nb: 'Plan', en: 'Plan' },
    strategy: { nb: 'Strategi', en: 'Strategy' },
    scheme: { nb: 'Ordning', en: 'Scheme' },
    regulation: { nb: 'Regelverk', en: 'Regulation' },
    standard: { nb: 'Standard', en: 'Standard' },
    tiltak: { nb: 'Veikart-tiltak', en: 'Veikart tiltak' },
  },
  explain: { tiltak: 'A row of a veikart table: one actor, one service, one year.' },
});
export type InitiativeKind = CodeOf<typeof INITIATIVE_KIND>;

/** The portfolio report's traffic lights, plus blue (done / not started) and grey (not reported). */
export const STATUS_COLOUR = vocabulary({
  name: 'StatusColour',
  labels: {
    green: { nb: 'Grønn', en: 'Green' },
    yellow: { nb: 'Gul', en: 'Yellow' },
    red: { nb: 'Rød', en: 'Red' },
    blue: { nb: 'Blå', en: 'Blue' },
    grey: { nb: 'Grå', en: 'Grey' },
  },
});
export type StatusColour = CodeOf<typeof STATUS_COLOUR>;

/** What a status colour means, for legends. */
export const STATUS_MEANING: Readonly<Record<StatusColour | 'unknown', Words>> = {
  green: { nb: 'i rute', en: 'on track' },
  yellow: { nb: 'noe risiko', en: 'some risk' },
  red: { nb: 'alvorlig avvik', en: 'serious deviation' },
  blue: { nb: 'ferdig/ikke startet', en: 'done/not started' },
  grey: { nb: 'ikke rapportert', en: 'not reported' },
  unknown: { nb: 'ukjent status', en: 'unknown status' },
};

/** The words for an item without a status: one phrase everywhere. */
export const UNKNOWN_STATUS: Words = { nb: 'Ukjent status', en: 'Unknown status' };

/**
 * The colours every view and export draws a status with (screen, PNG/SVG, PDF), chosen for contrast
 * on a projector; legends and labels carry the meaning too, so colour is never the only cue.
 */
export const STATUS_PALETTE: Readonly<
  Record<StatusColour | 'unknown', { fill: string; border: string; text: string }>
> = {
  green: { fill: '#2e7d32', border: '#1b5e20', text: '#ffffff' },
  yellow: { fill: '#f9c513', border: '#9a6700', text: '#1b1f24' },
  red: { fill: '#c62828', border: '#8e0000', text: '#ffffff' },
  blue: { fill: '#1565c0', border: '#0d47a1', text: '#ffffff' },
  grey: { fill: '#8a939c', border: '#58606b', text: '#ffffff' },
  unknown: { fill: '#dfe6ee', border: '#7d8b99', text: '#1b1f24' },
};

export const MILESTONE_STATUS = vocabulary({
  name: 'MilestoneStatus',
  labels: {
    planned: { nb: 'Planlagt', en: 'Planned' },
    done: { nb: 'Fullført', en: 'Done' },
    delayed: { nb: 'Forsinket', en: 'Delayed' },
    cancelled: { nb: 'Avlyst', en: 'Cancelled' },
    unknown: UNKNOWN_STATUS,
  },
});
export type MilestoneStatus = CodeOf<typeof MILESTONE_STATUS>;

/** What a paper's date or status says: a plan, a forecast, what happened, or that it was put off without a new date. */
export const DATE_STATEMENT_KIND = vocabulary({
  name: 'DateStatementKind',
  labels: {
    planned: { nb: 'planlagt', en: 'planned' },
    forecast: { nb: 'prognose', en: 'forecast' },
    actual: { nb: 'faktisk', en: 'actual' },
    postponed: { nb: 'utsatt uten ny dato', en: 'postponed, no new date' },
    edit: { nb: 'endret av planlegger', en: 'edited by a planner' },
  },
});
export type DateStatementKind = CodeOf<typeof DATE_STATEMENT_KIND>;

/** The fields of a tiltak or milestone that papers make statements about. */
export const DATE_FIELD = vocabulary({
  name: 'DateField',
  labels: {
    start: { nb: 'Start', en: 'Start' },
    end: { nb: 'Slutt', en: 'End' },
    date: { nb: 'Dato', en: 'Date' },
    status: { nb: 'Status', en: 'Status' },
  },
});
export type DateField = CodeOf<typeof DATE_FIELD>;

export const ACTOR_KIND = vocabulary({
  name: 'ActorKind',
  labels: {
    rhf: { nb: 'Regionalt helseforetak', en: 'Regional health authority' },
    helseforetak: { nb: 'Helseforetak', en: 'Health trust' },
    kommune: { nb: 'Kommune', en: 'Municipality' },
    direktorat: { nb: 'Direktorat', en: 'Directorate' },
    'statlig-foretak': { nb: 'Statlig foretak', en: 'State enterprise' },
    departement: { nb: 'Departement', en: 'Ministry' },
    interesseorganisasjon: { nb: 'Interesseorganisasjon', en: 'Interest organisation' },
    leverandor: { nb: 'Leverandør', en: 'Supplier' },
    'eu-organ': { nb: 'EU-organ', en: 'EU body' },
    forskning: { nb: 'Forskning', en: 'Research' },
    annet: { nb: 'Annet', en: 'Other' },
  },
});
export type ActorKind = CodeOf<typeof ACTOR_KIND>;

export const CONDITION_KIND = vocabulary({
  name: 'ConditionKind',
  labels: {
    financing: { nb: 'Finansiering', en: 'Financing' },
    'legal-basis': { nb: 'Rettslig grunnlag', en: 'Legal basis' },
    standard: { nb: 'Standard', en: 'Standard' },
    'trust-framework': { nb: 'Tillitsrammeverk', en: 'Trust framework' },
    decision: { nb: 'Beslutning', en: 'Decision' },
    other: { nb: 'Annet', en: 'Other' },
  },
});
export type ConditionKind = CodeOf<typeof CONDITION_KIND>;

export const CONDITION_STATE = vocabulary({
  name: 'ConditionState',
  labels: {
    met: { nb: 'Oppfylt', en: 'Met' },
    'at-risk': { nb: 'I fare', en: 'At risk' },
    'not-met': { nb: 'Ikke oppfylt', en: 'Not met' },
    unknown: { nb: 'Ukjent', en: 'Unknown' },
  },
});
export type ConditionState = CodeOf<typeof CONDITION_STATE>;

export const DEPENDENCY_KIND = vocabulary({
  name: 'DependencyKind',
  labels: {
    technical: { nb: 'Teknisk', en: 'Technical' },
    delivery: { nb: 'Leveranse', en: 'Delivery' },
    financing: { nb: 'Finansiering', en: 'Financing' },
    legal: { nb: 'Juridisk', en: 'Legal' },
    organisational: { nb: 'Organisatorisk', en: 'Organisational' },
  },
});
export type DependencyKind = CodeOf<typeof DEPENDENCY_KIND>;

export const DEPENDENCY_TYPE = vocabulary({
  name: 'DependencyType',
  description: 'FS finish-to-start (default), SS start-to-start, FF finish-to-finish, SF start-to-finish.',
  labels: {
    FS: { nb: 'Slutt–start', en: 'Finish-to-start' },
    SS: { nb: 'Start–start', en: 'Start-to-start' },
    FF: { nb: 'Slutt–slutt', en: 'Finish-to-finish' },
    SF: { nb: 'Start–slutt', en: 'Start-to-finish' },
  },
});
export type DependencyType = CodeOf<typeof DEPENDENCY_TYPE>;

export const RISK_KIND = vocabulary({
  name: 'RiskKind',
  labels: {
    'court-ruling': { nb: 'Dom', en: 'Court ruling' },
    pandemic: { nb: 'Pandemi', en: 'Pandemic' },
    'budget-decision': { nb: 'Budsjettvedtak', en: 'Budget decision' },
    regulation: { nb: 'Regelverk', en: 'Regulation' },
    'supplier-capacity': { nb: 'Leverandørkapasitet', en: 'Supplier capacity' },
    capacity: { nb: 'Kapasitet', en: 'Capacity' },
    security: { nb: 'Sikkerhet', en: 'Security' },
    decision: { nb: 'Beslutning om stans eller utsettelse', en: 'Decision to stop or defer' },
    other: { nb: 'Annet', en: 'Other' },
  },
  explain: {
    decision:
      "A body's or owner's decision that pauses, stops, scales down or defers work (e.g. a sak 'utsettes').",
  },
});
export type RiskKind = CodeOf<typeof RISK_KIND>;

export const BODY = vocabulary({
  name: 'Body',
  description: 'NUIT, the council (e-helsestyret until 2021, e-helserådet from 2022), or NUFA.',
  labels: {
    nuit: { nb: 'NUIT', en: 'NUIT' },
    ehelsestyret: { nb: 'Nasjonalt e-helsestyre', en: 'Nasjonalt e-helsestyre (national e-health board)' },
    ehelseradet: { nb: 'Nasjonalt e-helseråd', en: 'Nasjonalt e-helseråd (national e-health council)' },
    nufa: { nb: 'NUFA', en: 'NUFA' },
  },
});
export type Body = CodeOf<typeof BODY>;

export const MEETING_DOCUMENT = vocabulary({
  name: 'MeetingDocument',
  labels: {
    notice: { nb: 'Innkalling', en: 'Notice' },
    minutes: { nb: 'Referat', en: 'Minutes' },
    slides: { nb: 'Presentasjon', en: 'Slides' },
    'decision-table': { nb: 'Vedtakstabell', en: 'Decision table' },
  },
});
export type MeetingDocument = CodeOf<typeof MEETING_DOCUMENT>;

export const AGENDA_ITEM_KIND = vocabulary({
  name: 'AgendaItemKind',
  labels: {
    godkjenning: { nb: 'Godkjenning', en: 'Approval' },
    orientering: { nb: 'Orientering', en: 'Briefing' },
    drofting: { nb: 'Drøfting', en: 'Discussion' },
    tilslutning: { nb: 'Tilslutning', en: 'Endorsement' },
    anbefaling: { nb: 'Anbefaling', en: 'Recommendation' },
    beslutning: { nb: 'Beslutning', en: 'Decision' },
    annet: { nb: 'Annet', en: 'Other' },
  },
});
export type AgendaItemKind = CodeOf<typeof AGENDA_ITEM_KIND>;

export const VERDICT = vocabulary({
  name: 'TiltakVerdict',
  labels: {
    'as-planned': { nb: 'Som planlagt', en: 'As planned' },
    'at-risk': { nb: 'I fare', en: 'At risk' },
    'not-as-planned': { nb: 'Ikke som planlagt', en: 'Not as planned' },
  },
});
export type Verdict = CodeOf<typeof VERDICT>;

/** What a year-view reason rests on. */
export const REASON_KIND = vocabulary({
  name: 'ReasonKind',
  labels: {
    dates: { nb: 'Datoer', en: 'Dates' },
    dependency: { nb: 'Avhengighet', en: 'Dependency' },
    condition: { nb: 'Forutsetning', en: 'Condition' },
    risk: { nb: 'Risiko', en: 'Risk' },
    projection: { nb: 'Beregnet forskyvning', en: 'Projected slip' },
    status: { nb: 'Status', en: 'Status' },
    none: { nb: 'Ingen hindring', en: 'No obstacle' },
  },
  explain: {
    dates: "The tiltak's own dates in the plan as it is now.",
    dependency: 'Something it depends on (its state or its dates).',
    condition: 'A condition (forutsetning) it depends on.',
    risk: 'A risk that hits it.',
    projection: "The impact engine's slip if the known risks happen.",
    status: 'Its reported status colour.',
    none: 'Nothing known stands in the way.',
  },
});
export type ReasonKind = CodeOf<typeof REASON_KIND>;

/** What caused a slip in an impact answer. */
export const CAUSE_KIND = vocabulary({
  name: 'CauseKind',
  labels: {
    delay: { nb: 'Forsinkelse', en: 'Delay' },
    risk: { nb: 'Risiko', en: 'Risk' },
  },
});

/** How the causes that reach an item combine. */
export const CAUSE_COMBINATION = vocabulary({
  name: 'CauseCombination',
  labels: {
    single: { nb: 'Én årsak', en: 'One cause' },
    sum: { nb: 'Summert', en: 'Summed' },
    max: { nb: 'Største vinner', en: 'Largest wins' },
  },
  explain: {
    single: 'One cause.',
    sum: 'Several causes along one driving chain add up.',
    max: 'Causes reach it along different paths: the one that moves it furthest wins.',
  },
});

export const DEPENDENCY_STATE = vocabulary({
  name: 'DependencyState',
  labels: {
    met: { nb: 'Oppfylt', en: 'Met' },
    'on-track': { nb: 'I rute', en: 'On track' },
    'at-risk': { nb: 'I fare', en: 'At risk' },
    delayed: { nb: 'Forsinket', en: 'Delayed' },
    'not-met': { nb: 'Ikke oppfylt', en: 'Not met' },
    unknown: { nb: 'Ukjent', en: 'Unknown' },
  },
});
export type DependencyState = CodeOf<typeof DEPENDENCY_STATE>;

export const ROADMAP_GROUPING = vocabulary({
  name: 'RoadmapGrouping',
  labels: {
    actor: { nb: 'Eier', en: 'Owner' },
    programme: { nb: 'Program', en: 'Programme' },
    goal: { nb: 'Veikartmål', en: 'Veikart goal' },
    status: { nb: 'Status', en: 'Status' },
  },
  graphqlNames: { goal: 'STRATEGY_GOAL' },
});
export type RoadmapGrouping = CodeOf<typeof ROADMAP_GROUPING>;

export const IMPACT_MODE = vocabulary({
  name: 'ImpactMode',
  labels: {
    preserve: { nb: 'Bevar planen', en: 'Preserve the plan' },
    recompute: { nb: 'Beregn på nytt', en: 'Recompute' },
  },
  explain: {
    preserve: 'Planned dates move only when a dependency pushes them; slack absorbs delay.',
    recompute: 'Everything is rescheduled as early as its dependencies allow.',
  },
});
export type ImpactMode = CodeOf<typeof IMPACT_MODE>;

export const GRAPH_DIRECTION = vocabulary({
  name: 'GraphDirection',
  labels: {
    upstream: { nb: 'Oppstrøms', en: 'Upstream' },
    downstream: { nb: 'Nedstrøms', en: 'Downstream' },
    both: { nb: 'Begge veier', en: 'Both ways' },
  },
});
export type GraphDirection = CodeOf<typeof GRAPH_DIRECTION>;

export const PRECISION = vocabulary({
  name: 'DatePrecision',
  labels: {
    day: { nb: 'dag', en: 'day' },
    month: { nb: 'måned', en: 'month' },
    quarter: { nb: 'kvartal', en: 'quarter' },
    half: { nb: 'halvår', en: 'half-year' },
    year: { nb: 'år', en: 'year' },
  },
});

/** Which access a caller has; each role includes those before it. */
export const ROLE = vocabulary({
  name: 'Role',
  labels: {
    viewer: { nb: 'leser', en: 'viewer' },
    planner: { nb: 'planlegger', en: 'planner' },
    admin: { nb: 'administrator', en: 'admin' },
  },
});
export type Role = CodeOf<typeof ROLE>;

/** Every vocabulary, for the test that checks the derived enums, schemas and lists. */
export const VOCABULARIES = {
  INITIATIVE_KIND,
  STATUS_COLOUR,
  MILESTONE_STATUS,
  DATE_STATEMENT_KIND,
  DATE_FIELD,
  ACTOR_KIND,
  CONDITION_KIND,
  CONDITION_STATE,
  DEPENDENCY_KIND,
  DEPENDENCY_TYPE,
  RISK_KIND,
  BODY,
  MEETING_DOCUMENT,
  AGENDA_ITEM_KIND,
  VERDICT,
  REASON_KIND,
  CAUSE_KIND,
  CAUSE_COMBINATION,
  DEPENDENCY_STATE,
  ROADMAP_GROUPING,
  IMPACT_MODE,
  GRAPH_DIRECTION,
  PRECISION,
  ROLE,
} as const;
