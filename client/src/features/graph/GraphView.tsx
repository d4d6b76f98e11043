// View 2, the dependency graph: start from one or more items, walk upstream/downstream to a depth,
// expand from any node, click to select and double-click (or "open details") to see an item.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Network } from 'vis-network/peer';
import { listParam, navigate, useSearchParams } from '../../app/url';
import { EntityPicker } from '../../components/EntityPicker';
import { kindMessageKey } from '../../components/kinds';
import { QueryState } from '../../components/QueryState';
import { StatusLegend } from '../../components/StatusLegend';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type MessageKey } from '../../i18n/messages';
import { type ExportChoice, ExportMenu } from '../../shared/export/ExportMenu';
import { footer, isoToday, statusLabels } from '../../shared/export/exportLabels';
import { graphDumpUrl } from '../../shared/export/exportUrls';
import { placeNetwork, SHAPES, toNetworkNode } from '../../shared/vis/networkNodes';
import { VisNetwork } from '../../shared/vis/VisNetwork';
import { GraphLegend } from './GraphLegend';
import { DependencyGraphQuery, type GraphResult } from './graphQuery';
import { graphSvg } from './graphSvg';
import { mergeGraphs, toNetworkEdge } from './networkData';

const DIRECTIONS = ['BOTH', 'UPSTREAM', 'DOWNSTREAM'] as const;
type Direction = (typeof DIRECTIONS)[number];

export function readGraphState(params: URLSearchParams) {
  const dir = params.get('dir');
  const depth = Number(params.get('depth'));
  return {
    roots: listParam(params, 'roots'),
    direction: (DIRECTIONS as readonly string[]).includes(dir ?? '') ? (dir as Direction) : 'BOTH',
    depth: depth >= 1 && depth <= 6 ? depth : 2,
    owners: params.get('owners') === '1',
  };
}

export function GraphView() {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const state = useMemo(() => readGraphState(params), [params]);
  const network = useRef<Network | null>(null);
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(DependencyGraphQuery, {
    variables: {
      rootIds: state.roots,
      direction: state.direction,
      depth: state.depth,
      includeOwners: state.owners,
    },
    skip: state.roots.length === 0,
  });
  const [expansions, setExpansions] = useState<GraphResult[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const rootKey = state.roots.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new start point drops earlier expansions
  useEffect(() => setExpansions([]), [rootKey]);

  const merged = useMemo(
    () => (data ? mergeGraphs([data.dependencyGraph, ...expansions]) : null),
    [data, expansions],
  );
  const roots = useMemo(() => new Set(state.roots), [state.roots]);
  const networkNodes = useMemo(
    () => merged?.nodes.map((n) => toNetworkNode(n, undefined, roots)) ?? [],
    [merged, roots],
  );
  const networkEdges = useMemo(() => merged?.edges.map((e) => toNetworkEdge(e)) ?? [], [merged]);
  const selectedNode = merged?.nodes.find((n) => n.id === selected);

  const expand = async (id: string, direction: 'UPSTREAM' | 'DOWNSTREAM') => {
    const result = await client.query({
      query: DependencyGraphQuery,
      variables: { rootIds: [id], direction, depth: 1, includeOwners: state.owners },
    });
    const graph = result.data?.dependencyGraph;
    if (graph) setExpansions((list) => [...list, graph]);
  };

  const exportSvg = () => {
    const date = isoToday();
    // Where the view drew the nodes (the user may have dragged some); graphLayout's places otherwise.
    const drawn = network.current?.getPositions() ?? {};
    const fallback = placeNetwork(networkNodes, networkEdges);
    const positions = new Map(
      networkNodes.map((n) => [n.id, drawn[n.id] ?? fallback.get(n.id) ?? { x: 0, y: 0 }]),
    );
    const names = state.roots.map((id) => merged?.nodes.find((n) => n.id === id)?.name ?? id).join(', ');
    return graphSvg({
      nodes: networkNodes,
      edges: networkEdges,
      positions,
      labels: {
        title: t.graphTitle,
        subtitle: [
          format(t.exportGraphFrom, {
            roots: names,
            direction: t[`dir${state.direction}` as MessageKey],
            depth: state.depth,
          }),
          format(t.graphSummary, { nodes: networkNodes.length, edges: networkEdges.length }),
          format(t.exportedOn, { date }),
        ],
        legendTitle: t.statusLegend,
        statuses: statusLabels(t),
        shapes: Object.fromEntries(
          Object.entries(SHAPES).map(([kind, shape]) => [shape, t[kindMessageKey(kind)]]),
        ),
        footer: footer(t, date, window.location.href),
      },
    });
  };
  const base = `veikart-graf-${state.roots.join('+') || 'tom'}`;
  const exportChoices: ExportChoice[] = [
    { kind: 'png', id: 'png', label: t.exportPng, fileName: `${base}.png`, svg: exportSvg },
    { kind: 'svg', id: 'svg', label: t.exportSvg, fileName: `${base}.svg`, svg: exportSvg },
    {
      kind: 'server',
      id: 'json',
      label: t.exportJsonAll,
      url: graphDumpUrl(locale),
      fallbackName: `veikart-graf-${isoToday()}.json`,
    },
  ];

  return (
    <section className="view graph-view" aria-labelledby="graph-title">
      <div className="view-head">
        <h2 id="graph-title">{t.graphTitle}</h2>
        {merged && (
          <p className="summary" role="status">
            {format(t.graphSummary, { nodes: merged.nodes.length, edges: merged.edges.length })}
          </p>
        )}
      </div>
      <div className="filters">
        <EntityPicker
          label={t.graphRoot}
          kinds={['Initiative', 'Milestone', 'Risk', 'Condition', 'Actor']}
          onPick={(hit) => navigate({ roots: [hit.id] })}
          testId="graph-root"
        />
        <label>
          {t.graphDirection}
          <select value={state.direction} onChange={(e) => navigate({ dir: e.target.value }, 'replace')}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t[`dir${d}` as MessageKey]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.graphDepth}
          <select value={state.depth} onChange={(e) => navigate({ depth: e.target.value }, 'replace')}>
            {[1, 2, 3, 4, 5, 6].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.owners}
            onChange={(e) => navigate({ owners: e.target.checked ? '1' : null }, 'replace')}
          />
          {t.graphOwners}
        </label>
        {merged && <ExportMenu choices={exportChoices} testId="graph-export" />}
      </div>
      {state.roots.length === 0 ? (
        <div className="empty">
          <p>{t.graphPickRoot}</p>
          <button type="button" onClick={() => navigate({ roots: ['helseplattformen'] })}>
            Helseplattformen
          </button>{' '}
          <button type="button" onClick={() => navigate({ roots: ['schrems-ii'] })}>
            Schrems II
          </button>
        </div>
      ) : (
        <QueryState loading={loading} error={error} hasData={!!merged} onRetry={() => void refetch()}>
          {data?.dependencyGraph.truncated && <p className="note">{t.graphTruncated}</p>}
          <div className="graph-layout">
            <VisNetwork
              nodes={networkNodes}
              edges={networkEdges}
              selected={selected}
              label={t.graphRegion}
              onSelect={setSelected}
              onOpen={(id) => navigate({ item: id })}
              onReady={(created) => {
                network.current = created;
              }}
            />
            <div className="graph-side">
              {selectedNode && (
                <section className="selected-node" aria-label={t.graphSelected} data-testid="graph-selected">
                  <h3>{selectedNode.name}</h3>
                  <p className="badge">{t[kindMessageKey(selectedNode.__typename)]}</p>
                  <div className="actions">
                    <button type="button" onClick={() => navigate({ item: selectedNode.id })}>
                      {t.graphOpenDetails}
                    </button>
                    <button type="button" onClick={() => void expand(selectedNode.id, 'UPSTREAM')}>
                      {t.graphExpandUp}
                    </button>
                    <button type="button" onClick={() => void expand(selectedNode.id, 'DOWNSTREAM')}>
                      {t.graphExpandDown}
                    </button>
                  </div>
                </section>
              )}
              <details className="node-list" open={!selectedNode}>
                <summary>{t.graphNodeList}</summary>
                <ul>
                  {merged?.nodes.map((n) => (
                    <li key={n.id}>
                      <button
                        type="button"
                        className="linklike"
                        aria-pressed={n.id === selected}
                        onClick={() => setSelected(n.id)}
                      >
                        {n.name}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
              <GraphLegend />
            </div>
          </div>
        </QueryState>
      )}
      <StatusLegend />
    </section>
  );
}
