// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type NetworkEdge, type NetworkNode, toNetworkNode } from '../../shared/vis/networkNodes';
import { graphSvg } from './graphSvg';
import { toNetworkEdge } from './networkData';

const STATUSES = {
  GREEN: 'Grønn: i rute',
  YELLOW: 'Gul: noe risiko',
  RED: 'Rød: alvorlig avvik',
  BLUE: 'Blå: ferdig/ikke startet',
  GREY: 'Grå: ikke rapportert',
  UNKNOWN: 'Ukjent status',
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((e) => e.textContent);

describe('graphSvg', () => {
  const nodes: NetworkNode[] = [
    toNetworkNode({ __typename: 'Initiative', id: 'pt', name: 'Persontjenesten', status: 'GREEN' }),
    toNetworkNode({ __typename: 'Initiative', id: 'hp', name: 'Helseplattformen', status: 'RED' }),
    toNetworkNode({ __typename: 'Risk', id: 'schrems', name: 'Schrems II' }),
  ];
  const edges: NetworkEdge[] = [
    toNetworkEdge({
      id: 'd',
      type: 'DEPENDS_ON',
      from: 'hp',
      to: 'pt',
      kind: null,
      dependencyType: 'FS',
      lagDays: null,
      expectedDelayDays: null,
      inferred: false,
    } as never),
    toNetworkEdge({
      id: 'r',
      type: 'AFFECTS',
      from: 'schrems',
      to: 'hp',
      kind: null,
      dependencyType: null,
      lagDays: null,
      expectedDelayDays: 90,
      inferred: false,
    } as never),
  ];
  const svg = graphSvg({
    nodes,
    edges,
    positions: new Map([
      ['pt', { x: 0, y: 0 }],
      ['schrems', { x: 0, y: 120 }],
      ['hp', { x: 260, y: 60 }],
    ]),
    labels: {
      title: 'Avhengigheter',
      subtitle: ['Fra Helseplattformen · Begge veier · dybde 2', 'Eksportert 2025-01-15'],
      legendTitle: 'Statusfarger',
      statuses: STATUSES,
      shapes: { box: 'Tiltak', triangle: 'Risiko/hendelse' },
      footer: 'Veikart · Eksportert 2025-01-15',
    },
  });

  it('draws every node in its shape and colour with its name, at its position', () => {
    const doc = parse(svg);
    const drawn = [...doc.querySelectorAll('g.node')].map((g) => [
      g.getAttribute('data-id'),
      g.getAttribute('data-shape'),
      g.firstElementChild?.tagName,
      g.firstElementChild?.getAttribute('fill'),
      g.querySelector('text')?.textContent,
    ]);
    expect(drawn).toEqual([
      ['pt', 'box', 'rect', '#2e7d32', 'Persontjenesten'],
      ['hp', 'box', 'rect', '#c62828', 'Helseplattformen'],
      ['schrems', 'triangle', 'path', '#fff3e0', 'Schrems II'],
    ]);
    // Persontjenesten (x 0) is left of Helseplattformen (x 260) on the page too.
    const x = (id: string) => Number(doc.querySelector(`g.node[data-id="${id}"] tspan`)?.getAttribute('x'));
    expect(x('hp') - x('pt')).toBe(260);
  });

  it('draws the edges in plan direction, a risk dashed and orange', () => {
    const doc = parse(svg);
    const paths = [...doc.querySelectorAll('path.edge')].map((p) => [
      p.getAttribute('stroke'),
      p.getAttribute('stroke-dasharray'),
      p.getAttribute('marker-end'),
    ]);
    expect(paths).toEqual([
      ['#607080', null, 'url(#arrow)'],
      ['#e65100', '8 5', 'url(#arrow-risk)'],
    ]);
  });

  it('carries title, subtitle, legend and date of export', () => {
    const doc = parse(svg);
    expect(texts(doc, 'title')).toEqual(['Avhengigheter']);
    expect(texts(doc, 'text.subtitle')).toEqual([
      'Fra Helseplattformen · Begge veier · dybde 2',
      'Eksportert 2025-01-15',
    ]);
    expect(texts(doc, '.legend-entry text')).toEqual([
      ...Object.values(STATUSES),
      'Tiltak',
      'Risiko/hendelse',
    ]);
  });
});
