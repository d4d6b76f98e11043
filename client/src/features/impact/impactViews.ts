// The impact result drawn on the timeline (a ghost bar at the old dates under the new one) and in
// the graph (the items on the driving chains, causes and slips highlighted). Pure functions.
import { STATUS_COLOURS, statusKey } from '../../components/status';
import type { NetworkEdge, NetworkNode, NodeLike } from '../../shared/vis/networkNodes';
import { toNetworkNode } from '../../shared/vis/networkNodes';
import { dayToDate, type TimelineGroup, type TimelineItem } from '../../shared/vis/timelineItems';
import type { AffectedItem } from './impactQuery';

const DAY_MS = 86_400_000;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type DatedItem = AffectedItem & {
  oldStart: NonNullable<AffectedItem['oldStart']>;
  oldEnd: NonNullable<AffectedItem['oldEnd']>;
  newStart: NonNullable<AffectedItem['newStart']>;
  newEnd: NonNullable<AffectedItem['newEnd']>;
};

/** Items without dates of their own have none to draw: the table shows their window instead. */
const isDated = (a: AffectedItem): a is DatedItem =>
  a.oldStart !== null && a.oldEnd !== null && a.newStart !== null && a.newEnd !== null;

export function impactTimeline(all: readonly AffectedItem[], maxRows = 40) {
  const affected = all.filter(isDated);
  const shown = affected.slice(0, maxRows);
  const groups: TimelineGroup[] = shown.map((a, order) => ({
    id: a.item.id,
    content: `${escapeHtml(a.item.name)} <b class="slip">+${a.slipDays} d</b>`,
    title: a.item.name,
    order,
  }));
  const items: TimelineItem[] = [];
  for (const a of shown) {
    const isPoint = a.item.__typename === 'Milestone';
    const status = 'status' in a.item ? statusKey(a.item.status) : 'UNKNOWN';
    const span = (start: string, end: string) =>
      isPoint
        ? { start: dayToDate(end) }
        : { start: dayToDate(start), end: new Date(dayToDate(end).getTime() + DAY_MS) };
    items.push({
      id: `old::${a.item.id}`,
      entityId: a.item.id,
      group: a.item.id,
      content: '',
      title: escapeHtml(`${a.item.name}: ${a.oldStart.date.label} – ${a.oldEnd.date.label}`),
      ...span(a.oldStart.day, a.oldEnd.day),
      type: isPoint ? 'point' : 'range',
      className: 'ghost',
    });
    items.push({
      id: `new::${a.item.id}`,
      entityId: a.item.id,
      group: a.item.id,
      content: escapeHtml(a.newEnd.date.label),
      title: escapeHtml(
        `${a.item.name}: ${a.newStart.date.label} – ${a.newEnd.date.label} (+${a.slipDays} d)`,
      ),
      ...span(a.newStart.day, a.newEnd.day),
      type: isPoint ? 'point' : 'range',
      className: `vk-item slipped status-${status}${a.nowCritical ? ' critical' : ''}`,
    });
  }
  const days = shown.flatMap((a) => [a.oldStart.day, a.newEnd.day]).sort();
  return {
    groups,
    items,
    hidden: affected.length - shown.length,
    min: days[0] ? dayToDate(days[0]) : new Date(),
    max: days.length ? dayToDate(days[days.length - 1] as string) : new Date(),
  };
}

export function impactNetwork(affected: readonly AffectedItem[], causes: ReadonlySet<string>) {
  const slipped = new Map(affected.map((a) => [a.item.id, a.slipDays]));
  const nodes = new Map<string, NodeLike>();
  const edges = new Map<string, NetworkEdge>();
  for (const a of affected) {
    nodes.set(a.item.id, a.item);
    const chain = a.drivingChain;
    for (let i = 0; i < chain.length; i++) {
      const link = chain[i];
      if (!link) continue;
      if (!nodes.has(link.item.id)) nodes.set(link.item.id, link.item);
      const prev = chain[i - 1];
      if (prev) {
        const id = `${prev.item.id}->${link.item.id}`;
        edges.set(id, {
          id,
          from: prev.item.id,
          to: link.item.id,
          arrows: 'to',
          dashes: false,
          color: { color: STATUS_COLOURS.RED.fill },
          width: 3,
          title: `+${link.slipDays} d`,
        });
      }
    }
    for (const cause of a.causes) {
      if (!cause.risk) continue;
      nodes.set(cause.risk.id, { __typename: 'Risk', ...cause.risk });
      const id = `${cause.risk.id}->${a.item.id}`;
      edges.set(id, {
        id,
        from: cause.risk.id,
        to: a.item.id,
        arrows: 'to',
        dashes: true,
        color: { color: '#e65100' },
        width: 2,
        title: `+${cause.days} d${cause.assumed ? ' (antatt)' : ''}`,
      });
    }
  }
  const highlight = { slipped, causes: new Set(causes), chainEdges: new Set(edges.keys()) };
  const networkNodes: NetworkNode[] = [...nodes.values()].map((n) => toNetworkNode(n, highlight));
  return { nodes: networkNodes, edges: [...edges.values()] };
}
