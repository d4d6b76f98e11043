// The graph's legend, drawn from the one style table (shared/vis/graphStyle.ts): every kind in its
// shape, in each colour its states take, named in the UI's language; the root's thick border; and
// every line with its arrow, saying which way the arrows point. Each entry carries its style key, so
// a browser test can check that everything drawn is explained here.

import { kindMessageKey } from '../../components/kinds';
import { statusLabel } from '../../components/StatusLegend';
import { CONDITION_STATE, MILESTONE_STATUS, wordOf } from '../../components/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import type { Messages } from '../../i18n/messages';
import {
  type Colours,
  EDGE_STYLES,
  type EdgeStyleName,
  edgeStyleKey,
  GRAPH_EDGE_STYLES,
  NODE_KINDS,
  NODE_STYLES,
  type NodeKindStyle,
  type StateWord,
  styleKey,
} from '../../shared/vis/graphStyle';

const EDGE_TEXT: Record<EdgeStyleName, keyof Messages> = {
  dependsOn: 'edgeDependsOn',
  inferred: 'edgeInferred',
  affects: 'edgeAffects',
  owns: 'edgeOwns',
  chain: 'edgeChain',
};

export function GraphLegend() {
  const { t, locale } = useI18n();
  const word = (w: StateWord): string | null => {
    if (w.of === 'status') return statusLabel(t, w.status);
    if (w.of === 'milestoneStatus') return wordOf(MILESTONE_STATUS, w.code, locale);
    if (w.of === 'conditionState') return wordOf(CONDITION_STATE, w.code, locale);
    return null;
  };
  return (
    <section className="legend graph-legend" aria-label={t.graphLegend} data-testid="graph-legend">
      <h3>{t.graphLegendNodes}</h3>
      <ul>
        {NODE_KINDS.map((kind) => {
          const style: NodeKindStyle = NODE_STYLES[kind];
          const states = Object.entries(style.states);
          const only = states.length === 1 ? states[0]?.[1] : undefined;
          // A kind drawn in one colour only (a risk, an actor) is one entry: its shape and its name.
          if (only)
            return (
              <li key={kind} data-style={styleKey(style.shape, only.colours.fill)}>
                <ShapeIcon shape={style.shape} colours={only.colours} />
                {t[kindMessageKey(kind)]}
              </li>
            );
          return (
            <li key={kind} className="legend-kind">
              <strong>{t[kindMessageKey(kind)]}:</strong>
              <ul>
                {states.map(([state, { colours, word: w }]) => (
                  <li key={state} data-style={styleKey(style.shape, colours.fill)}>
                    <ShapeIcon shape={style.shape} colours={colours} />
                    {word(w)}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
        <li>
          <ShapeIcon shape="box" colours={{ fill: '#ffffff', border: '#1b1f24', text: '' }} thick />
          {t.graphLegendRoot}
        </li>
      </ul>
      <h3>{t.graphLegendEdges}</h3>
      <ul>
        {GRAPH_EDGE_STYLES.map((name) => {
          const style = EDGE_STYLES[name];
          return (
            <li key={name} data-edge={edgeStyleKey(style.colour, style.dashes)}>
              <LineIcon colour={style.colour} dashes={style.dashes} width={style.width} />
              {t[EDGE_TEXT[name]]}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ShapeIcon({
  shape,
  colours,
  thick = false,
}: {
  shape: NodeKindStyle['shape'];
  colours: Colours;
  thick?: boolean;
}) {
  const paint = { fill: colours.fill, stroke: colours.border, strokeWidth: thick ? 3.5 : 1.5 };
  const hexagon = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i;
    return `${9 + 7.5 * Math.cos(a)},${9 + 7.5 * Math.sin(a)}`;
  }).join(' ');
  return (
    <svg className="legend-icon" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {shape === 'box' && <rect x="2" y="4" width="14" height="10" rx="2" {...paint} />}
      {shape === 'ellipse' && <ellipse cx="9" cy="9" rx="7.5" ry="5.5" {...paint} />}
      {shape === 'diamond' && <path d="M9,1.5 L16.5,9 L9,16.5 L1.5,9 Z" {...paint} />}
      {shape === 'triangle' && <path d="M9,2 L16.5,15.5 L1.5,15.5 Z" {...paint} />}
      {shape === 'hexagon' && <polygon points={hexagon} {...paint} />}
    </svg>
  );
}

function LineIcon({
  colour,
  dashes,
  width,
}: {
  colour: string;
  dashes: false | readonly number[];
  width: number;
}) {
  return (
    <svg className="legend-icon" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="26"
        y2="6"
        stroke={colour}
        strokeWidth={Math.max(width, 1.5)}
        strokeDasharray={dashes ? dashes.join(' ') : undefined}
      />
      <path d="M25,1.5 L33,6 L25,10.5 Z" fill={colour} />
    </svg>
  );
}
