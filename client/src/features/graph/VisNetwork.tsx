// A thin React wrapper over vis-network with a hierarchical layout and physics off: vis-network's
// physics needs tens of seconds to settle at 1k nodes, a layered layout is computed once.
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Network, type Options } from 'vis-network/peer';
import 'vis-network/styles/vis-network.min.css';
import type { NetworkEdge, NetworkNode } from './networkData';

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
  layout: {
    hierarchical: {
      enabled: true,
      direction: 'LR',
      sortMethod: 'directed',
      shakeTowards: 'roots',
      levelSeparation: 260,
      nodeSpacing: 90,
      treeSpacing: 120,
    },
  },
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
    if (!container.current) return;
    const created = new Network(container.current, { nodes: nodes.current, edges: edges.current }, OPTIONS);
    created.on('click', (event: { nodes: string[] }) => latest.current.onSelect(event.nodes[0] ?? null));
    created.on('doubleClick', (event: { nodes: string[] }) => {
      const id = event.nodes[0];
      if (id) latest.current.onOpen(id);
    });
    network.current = created;
    latest.current.onReady?.(created);
    return () => {
      created.destroy();
      network.current = null;
    };
  }, []);

  useEffect(() => {
    sync(nodes.current, props.nodes);
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
