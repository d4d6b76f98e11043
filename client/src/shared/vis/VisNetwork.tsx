// A thin React wrapper over vis-network with physics off: the nodes are placed by graphLayout (layers
// left to right, computed in milliseconds) and vis-network only draws them. Its own hierarchical
// layout took ~15 s at 2,000 nodes; physics needs tens of seconds to settle at 1k nodes.
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Network, type Options } from 'vis-network/peer';
import 'vis-network/styles/vis-network.min.css';
import { styleKey } from './graphStyle';
import { edgeKey, type NetworkEdge, type NetworkNode, placeNetwork } from './networkNodes';

export interface VisNetworkProps {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  selected: string | null;
  label: string;
  onSelect(id: string | null): void;
  onOpen(id: string): void;
  onReady?(network: Network): void;
}

const OPTIONS: Options = {
  layout: { hierarchical: { enabled: false } },
  physics: { enabled: false },
  interaction: {
    hover: true,
    navigationButtons: false,
    keyboard: { enabled: true, bindToWindow: false },
    tooltipDelay: 200,
  },
  nodes: { widthConstraint: { maximum: 210 }, margin: { top: 8, right: 8, bottom: 8, left: 8 } },
  edges: { smooth: { enabled: true, type: 'cubicBezier', forceDirection: 'horizontal', roundness: 0.45 } },
};

function sync<T extends { id: string }>(set: DataSet<T>, next: T[]) {
  const keep = new Set(next.map((n) => n.id));
  const gone = set.getIds().filter((id) => !keep.has(String(id)));
  if (gone.length) set.remove(gone);
  set.update(next as Parameters<typeof set.update>[0]);
}

export function VisNetwork(props: VisNetworkProps) {
  const container = useRef<HTMLDivElement>(null);
  const network = useRef<Network | null>(null);
  const nodes = useRef(new DataSet<NetworkNode>([]));
  const edges = useRef(new DataSet<NetworkEdge>([]));
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new Network(element, { nodes: nodes.current, edges: edges.current }, OPTIONS);
    created.on('click', (event: { nodes: string[] }) => latest.current.onSelect(event.nodes[0] ?? null));
    created.on('doubleClick', (event: { nodes: string[] }) => {
      const id = event.nodes[0];
      if (id) latest.current.onOpen(id);
    });
    // How many nodes the last drawn frame had: lets the browser tests and the benchmark wait for the
    // drawing itself rather than for the data.
    created.on('afterDrawing', () => {
      element.dataset.drawnNodes = String(nodes.current.length);
    });
    network.current = created;
    latest.current.onReady?.(created);
    return () => {
      created.destroy();
      network.current = null;
    };
  }, []);

  useEffect(() => {
    const positions = placeNetwork(props.nodes, props.edges);
    // What is drawn, as the legend's keys: the browser tests check that the legend explains all of it.
    if (container.current) {
      container.current.dataset.drawnStyles = [
        ...new Set(props.nodes.map((n) => styleKey(n.shape, n.color.background))),
      ].join(' ');
      container.current.dataset.drawnEdges = [...new Set(props.edges.map(edgeKey))].join(' ');
    }
    sync(
      nodes.current,
      props.nodes.map((n) => ({ ...n, ...positions.get(n.id) })),
    );
    sync(edges.current, props.edges);
    network.current?.fit({ animation: false });
  }, [props.nodes, props.edges]);

  useEffect(() => {
    const current = network.current;
    if (!current) return;
    if (props.selected && nodes.current.get(props.selected)) current.selectNodes([props.selected]);
    else current.unselectAll();
  }, [props.selected]);

  return <div ref={container} className="network" role="img" aria-label={props.label} />;
}
