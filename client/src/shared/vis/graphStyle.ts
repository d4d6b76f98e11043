// One table of what the dependency graph draws: a shape per kind of node, a colour per state of that
// kind, a line per kind of edge. The nodes and edges are styled from it and the legend is drawn from
// it, so nothing can be drawn that the legend does not explain (the red hexagon is a condition not
// met). Pure.
import { STATUS_COLOURS, STATUSES } from '../../components/status';
import { CONDITION_STATE, MILESTONE_STATUS } from '../../components/vocabulary';

export interface Colours {
  fill: string;
  border: string;
  text: string;
}

/** How a state of a kind is named in the legend: a status colour's word, or a vocabulary's. */
export type StateWord =
  | { of: 'status'; status: keyof typeof STATUS_COLOURS }
  | { of: 'milestoneStatus'; code: (typeof MILESTONE_STATUS.codes)[number] }
  | { of: 'conditionState'; code: (typeof CONDITION_STATE.codes)[number] }
  | { of: 'kind' };

export interface StateStyle {
  colours: Colours;
  word: StateWord;
}

export interface NodeKindStyle {
  shape: 'box' | 'diamond' | 'triangle' | 'hexagon' | 'ellipse';
  /** vis-network writes the label inside a box or an ellipse, below the other shapes. */
  labelInside: boolean;
  /** Its colours by state (the API's spelling: GREEN, PLANNED, NOT_MET; `default` for kinds without). */
  states: Readonly<Record<string, StateStyle>>;
}

const RISK_COLOURS: Colours = { fill: '#fff3e0', border: '#e65100', text: '#1b1f24' };
const ACTOR_COLOURS: Colours = { fill: '#eceff1', border: '#455a64', text: '#1b1f24' };

const byStatus = Object.fromEntries(
  [...STATUSES, 'UNKNOWN' as const].map((status) => [
    status,
    { colours: STATUS_COLOURS[status], word: { of: 'status', status } },
  ]),
) as Record<string, StateStyle>;

/** A milestone's status drawn in the status colour that means the same (done is green). */
const MILESTONE_COLOUR: Record<(typeof MILESTONE_STATUS.codes)[number], keyof typeof STATUS_COLOURS> = {
  planned: 'BLUE',
  done: 'GREEN',
  delayed: 'RED',
  cancelled: 'GREY',
  unknown: 'UNKNOWN',
};
const CONDITION_COLOUR: Record<(typeof CONDITION_STATE.codes)[number], keyof typeof STATUS_COLOURS> = {
  met: 'GREEN',
  'at-risk': 'YELLOW',
  'not-met': 'RED',
  unknown: 'UNKNOWN',
};

/** The API's spelling of a vocabulary code (not-met → NOT_MET). */
const apiName = (code: string) => code.toUpperCase().replace(/-/g, '_');

/** The states of a kind named by a vocabulary, each in the status colour that means the same. */
function vocabularyStates<C extends string>(
  codes: readonly C[],
  colour: Record<C, keyof typeof STATUS_COLOURS>,
  word: (code: C) => StateWord,
): Record<string, StateStyle> {
  return Object.fromEntries(
    codes.map((code) => [apiName(code), { colours: STATUS_COLOURS[colour[code]], word: word(code) }]),
  );
}

const single = (colours: Colours): Record<string, StateStyle> => ({
  default: { colours, word: { of: 'kind' } },
});

export const NODE_STYLES = {
  Initiative: { shape: 'box', labelInside: true, states: byStatus },
  Milestone: {
    shape: 'diamond',
    labelInside: false,
    states: vocabularyStates(MILESTONE_STATUS.codes, MILESTONE_COLOUR, (code) => ({
      of: 'milestoneStatus',
      code,
    })),
  },
  Risk: { shape: 'triangle', labelInside: false, states: single(RISK_COLOURS) },
  Condition: {
    shape: 'hexagon',
    labelInside: false,
    states: vocabularyStates(CONDITION_STATE.codes, CONDITION_COLOUR, (code) => ({
      of: 'conditionState',
      code,
    })),
  },
  Actor: { shape: 'ellipse', labelInside: true, states: single(ACTOR_COLOURS) },
} as const satisfies Record<string, NodeKindStyle>;

export type NodeKind = keyof typeof NODE_STYLES;
export const NODE_KINDS = Object.keys(NODE_STYLES) as NodeKind[];

/** What a node needs to be styled: its kind and whatever state its kind has. */
export interface StyledNodeLike {
  __typename: string;
  status?: string | null;
  milestoneStatus?: string;
  state?: string;
}

/** The kind's style and the state's, falling back to the kind's unknown (or only) state. */
export function nodeStyleOf(node: StyledNodeLike): { kind: NodeKindStyle; state: StateStyle } | null {
  const kind: NodeKindStyle | undefined = NODE_STYLES[node.__typename as NodeKind];
  if (!kind) return null;
  const stateName =
    node.__typename === 'Initiative'
      ? (node.status ?? '').toUpperCase()
      : node.__typename === 'Milestone'
        ? (node.milestoneStatus ?? '')
        : node.__typename === 'Condition'
          ? (node.state ?? '')
          : 'default';
  const state = kind.states[stateName] ?? kind.states.UNKNOWN ?? kind.states.default;
  return state ? { kind, state } : null;
}

/** A drawn node's look as one key (shape and fill), to match a drawing against the legend. */
export const styleKey = (shape: string, fill: string) => `${shape}|${fill.toLowerCase()}`;

/** Every shape and colour the legend explains. */
export function legendStyleKeys(): Set<string> {
  return new Set(
    Object.values(NODE_STYLES as Record<string, NodeKindStyle>).flatMap((kind) =>
      Object.values(kind.states).map((state) => styleKey(kind.shape, state.colours.fill)),
    ),
  );
}

export interface EdgeStyle {
  colour: string;
  /** vis-network's dash pattern (dash, gap), false for a solid line. */
  dashes: false | [number, number];
  width: number;
}

/** The lines: a stated dependency solid; an inferred one, a risk's hit and an owner dashed apart. */
export const EDGE_STYLES = {
  dependsOn: { colour: '#607080', dashes: false, width: 1.5 },
  inferred: { colour: '#607080', dashes: [8, 5], width: 1.5 },
  affects: { colour: '#e65100', dashes: [8, 5], width: 1.5 },
  owns: { colour: '#90a4ae', dashes: [2, 4], width: 1.5 },
  /** A driving chain, drawn by the impact view. */
  chain: { colour: '#c62828', dashes: false, width: 4 },
} as const satisfies Record<string, EdgeStyle>;

export type EdgeStyleName = keyof typeof EDGE_STYLES;

/** The lines the dependency graph draws (the driving chain is the impact view's). */
export const GRAPH_EDGE_STYLES: readonly EdgeStyleName[] = ['dependsOn', 'inferred', 'affects', 'owns'];

export function edgeStyleOf(edge: { type: string; inferred?: boolean | null }): EdgeStyleName {
  if (edge.type === 'AFFECTS') return 'affects';
  if (edge.type === 'OWNS') return 'owns';
  return edge.inferred ? 'inferred' : 'dependsOn';
}

/** An edge's look as one key (colour and dashes), to match a drawing against the legend. */
export function edgeStyleKey(colour: string, dashes: boolean | readonly number[]): string {
  const pattern = Array.isArray(dashes) ? dashes.join('-') : dashes ? 'dashed' : 'solid';
  return `${colour.toLowerCase()}|${pattern}`;
}

/** Every line the dependency graph's legend explains. */
export function legendEdgeKeys(): Set<string> {
  return new Set(
    GRAPH_EDGE_STYLES.map((name) => edgeStyleKey(EDGE_STYLES[name].colour, EDGE_STYLES[name].dashes)),
  );
}
