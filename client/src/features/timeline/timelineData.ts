// Turns roadmap lanes into vis-timeline groups and items. Pure, so it is tested without a browser.
// Two roll-ups keep the view usable at 10,000 tiltak (figures in bench/results.md, "Client"):
// - past `maxLanes` lanes the smallest are rolled up into one "others" lane;
// - past `maxItems` items, the biggest lanes are drawn as one bar per year (per quarter for periods of
//   three years or less) saying how many tiltak and milestones fall in it. vis-timeline measures every
//   drawn item against the DOM, so its cost grows faster than linearly: 20,000 items took 15 s to draw
//   and two minutes to redraw after a filter. A click on such a bar narrows the view to it.
import { statusKey } from '../../components/status';
import { dayToDate, type TimelineGroup, type TimelineItem } from '../../shared/vis/timelineItems';
import type { RoadmapData, RoadmapLane } from './roadmapQuery';

/** A bar standing for all tiltak and milestones of one lane in one year (or quarter). */
export interface Bundle {
  lane: string;
  /** First and last day of the bar's year or quarter, within the roadmap's period. */
  from: string;
  to: string;
  initiatives: number;
  milestones: number;
}

export interface TimelineData {
  groups: TimelineGroup[];
  items: TimelineItem[];
  /** Number of lanes rolled up into the "others" lane (0 when none). */
  rolledUp: number;
  /** Number of lanes drawn as counts per year or quarter (0 when none). */
  bundledLanes: number;
  /** The count bars by item id. */
  bundles: Map<string, Bundle>;
  /** The roll-up bars of collapsed lanes: item id → lane. */
  rollups: Map<string, string>;
  initiativeCount: number;
  milestoneCount: number;
}

export interface TimelineLabels {
  others(n: number): string;
  none: string;
  /** The text on a count bar. */
  bundle(initiatives: number, milestones: number): string;
  /** The text on a collapsed lane's roll-up bar. */
  rollup(initiatives: number, milestones: number): string;
}

export interface TimelineOptions {
  /** Lanes past this are rolled up into "others". */
  maxLanes?: number;
  /** Items past this make the biggest lanes count bars. */
  maxItems?: number;
  /** An extra class per entity (the impact view marks slipped items). */
  itemClass?(entityId: string): string;
  /** Lanes drawn as one roll-up bar over their items' period (`all`: every lane). */
  collapsed?: ReadonlySet<string> | 'all';
}

export const MAX_LANES = 40;
export const MAX_ITEMS = 2000;

export const OTHERS_LANE = '__others__';
const DAY_MS = 86_400_000;
export const BUNDLE_PREFIX = 'bundle::';
export const ROLLUP_PREFIX = 'rollup::';

function dayAfter(day: string): Date {
  return new Date(dayToDate(day).getTime() + DAY_MS);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const laneSize = (lane: RoadmapLane) => lane.initiatives.length + lane.milestones.length;

type Entry =
  | { kind: 'initiative'; initiative: RoadmapLane['initiatives'][number]; first: string; last: string }
  | { kind: 'milestone'; milestone: RoadmapLane['milestones'][number]; first: string; last: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The years (or quarters) of a period, each as its first and last day. */
export function buckets(from: string, to: string): { from: string; to: string }[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty] = to.split('-').map(Number) as [number];
  const quarters = dayToDate(to).getTime() - dayToDate(from).getTime() <= 3 * 366 * DAY_MS;
  const list: { from: string; to: string }[] = [];
  for (let y = fy; y <= ty; y++) {
    if (!quarters) list.push({ from: `${y}-01-01`, to: `${y}-12-31` });
    else
      for (let q = 0; q < 4; q++) {
        if (y === fy && q < Math.floor((fm - 1) / 3)) continue;
        const last = new Date(y, q * 3 + 3, 0).getDate();
        list.push({ from: `${y}-${pad(q * 3 + 1)}-01`, to: `${y}-${pad(q * 3 + 3)}-${last}` });
      }
  }
  return list
    .filter((b) => b.to >= from && b.from <= to)
    .map((b) => ({ from: b.from < from ? from : b.from, to: b.to > to ? to : b.to }));
}

export function toTimelineData(
  roadmap: RoadmapData,
  labels: TimelineLabels,
  options: TimelineOptions = {},
): TimelineData {
  const { maxLanes = MAX_LANES, maxItems = MAX_ITEMS, itemClass = () => '', collapsed } = options;
  const isCollapsed = (lane: string) => collapsed === 'all' || !!collapsed?.has(lane);
  let lanes = roadmap.lanes.filter((lane) => laneSize(lane) > 0);
  const laneOf = new Map<string, string>();
  let rolledUp = 0;
  if (lanes.length > maxLanes) {
    const kept = new Set(
      [...lanes]
        .sort((a, b) => laneSize(b) - laneSize(a))
        .slice(0, maxLanes - 1)
        .map((l) => l.key),
    );
    rolledUp = lanes.length - kept.size;
    for (const lane of lanes) if (!kept.has(lane.key)) laneOf.set(lane.key, OTHERS_LANE);
    lanes = lanes.filter((l) => kept.has(l.key));
  }
  const groups: TimelineGroup[] = lanes.map((lane, order) => ({
    id: lane.key,
    content: escapeHtml(lane.key === '-' ? labels.none : lane.label),
    title: lane.label,
    order,
  }));
  if (rolledUp > 0)
    groups.push({ id: OTHERS_LANE, content: escapeHtml(labels.others(rolledUp)), order: groups.length });
  for (const group of groups) if (isCollapsed(group.id)) group.collapsed = true;

  // What each group shows, once per entity.
  const entries = new Map<string, Entry[]>(groups.map((g) => [g.id, []]));
  const seen = new Set<string>();
  const initiatives = new Set<string>();
  const milestones = new Set<string>();
  for (const lane of roadmap.lanes) {
    const group = laneOf.get(lane.key) ?? lane.key;
    const list = entries.get(group);
    if (!list) continue;
    for (const initiative of lane.initiatives) {
      const first = initiative.start ?? initiative.end;
      const last = initiative.end ?? initiative.start;
      if (!first || !last || seen.has(`${group}::${initiative.id}`)) continue;
      seen.add(`${group}::${initiative.id}`);
      initiatives.add(initiative.id);
      list.push({ kind: 'initiative', initiative, first: first.firstDay, last: last.lastDay });
    }
    for (const milestone of lane.milestones) {
      if (!milestone.date || seen.has(`${group}::${milestone.id}`)) continue;
      seen.add(`${group}::${milestone.id}`);
      milestones.add(milestone.id);
      list.push({
        kind: 'milestone',
        milestone,
        first: milestone.date.firstDay,
        last: milestone.date.lastDay,
      });
    }
  }

  const items: TimelineItem[] = [];
  const rollups = new Map<string, string>();
  for (const [group, list] of entries) {
    if (!isCollapsed(group) || list.length === 0) continue;
    items.push(rollup(group, list));
    rollups.set(`${ROLLUP_PREFIX}${group}`, group);
    entries.delete(group);
  }

  // Small lanes first keep their items while they fit; the rest become count bars.
  const detailed = new Set<string>();
  const total = [...entries.values()].reduce((sum, list) => sum + list.length, 0);
  if (total <= maxItems) for (const id of entries.keys()) detailed.add(id);
  else {
    let used = 0;
    for (const [id, list] of [...entries].sort((a, b) => a[1].length - b[1].length)) {
      if (used + list.length > maxItems) break;
      used += list.length;
      detailed.add(id);
    }
  }

  const bundles = new Map<string, Bundle>();
  const periods = detailed.size < entries.size ? buckets(roadmap.from, roadmap.to) : [];
  for (const [group, list] of entries) {
    if (detailed.has(group)) {
      for (const entry of list)
        items.push(entry.kind === 'initiative' ? bar(entry, group) : point(entry, group));
      continue;
    }
    const counts = periods.map(() => ({ initiatives: 0, milestones: 0 }));
    for (const entry of list)
      periods.forEach((p, i) => {
        if (entry.first <= p.to && entry.last >= p.from) {
          const count = counts[i] as { initiatives: number; milestones: number };
          if (entry.kind === 'initiative') count.initiatives++;
          else count.milestones++;
        }
      });
    periods.forEach((p, i) => {
      const count = counts[i] as { initiatives: number; milestones: number };
      if (count.initiatives + count.milestones === 0) return;
      const id = `${BUNDLE_PREFIX}${group}::${p.from}`;
      const text = labels.bundle(count.initiatives, count.milestones);
      bundles.set(id, { lane: group, from: p.from, to: p.to, ...count });
      items.push({
        id,
        entityId: id,
        group,
        content: escapeHtml(text),
        title: escapeHtml(`${text}\n${p.from} – ${p.to}`),
        start: dayToDate(p.from),
        end: dayAfter(p.to),
        type: 'range',
        className: 'vk-bundle',
        label: text,
      });
    });
  }
  return {
    groups,
    items,
    rolledUp,
    bundledLanes: entries.size - detailed.size,
    bundles,
    rollups,
    initiativeCount: initiatives.size,
    milestoneCount: milestones.size,
  };

  /** One bar over a collapsed lane's whole period, saying how many tiltak and milestones it holds. */
  function rollup(group: string, list: readonly Entry[]): TimelineItem {
    // Each entry's first day is not after its last, so the earliest and latest of all are the period.
    const days = list.flatMap((e) => [e.first, e.last]).sort();
    const first = days[0] ?? '';
    const last = days[days.length - 1] ?? '';
    const initiativeCount = list.filter((e) => e.kind === 'initiative').length;
    const text = labels.rollup(initiativeCount, list.length - initiativeCount);
    const id = `${ROLLUP_PREFIX}${group}`;
    return {
      id,
      entityId: id,
      group,
      content: escapeHtml(text),
      title: escapeHtml(`${text}\n${first} – ${last}`),
      start: dayToDate(first),
      end: dayAfter(last),
      type: 'range',
      className: 'vk-rollup',
      label: text,
    };
  }

  function bar(entry: Extract<Entry, { kind: 'initiative' }>, group: string): TimelineItem {
    const { initiative } = entry;
    const period = [initiative.start?.label, initiative.end?.label].filter(Boolean).join(' – ');
    return {
      id: `${group}::${initiative.id}`,
      entityId: initiative.id,
      group,
      content: escapeHtml(initiative.name),
      title: escapeHtml(`${initiative.name}\n${period}`),
      start: dayToDate(entry.first),
      end: dayAfter(entry.last),
      type: 'range',
      className: `vk-item status-${statusKey(initiative.status)} ${itemClass(initiative.id)}`.trim(),
      label: initiative.name,
      status: statusKey(initiative.status),
    };
  }

  function point(entry: Extract<Entry, { kind: 'milestone' }>, group: string): TimelineItem {
    const { milestone } = entry;
    return {
      id: `${group}::${milestone.id}`,
      entityId: milestone.id,
      group,
      content: escapeHtml(milestone.name),
      title: escapeHtml(`${milestone.name}\n${milestone.date?.label ?? ''}`),
      start: dayToDate(entry.first),
      type: 'point',
      className: `vk-milestone ms-${milestone.status} ${itemClass(milestone.id)}`.trim(),
      label: milestone.name,
      status: milestone.status,
    };
  }
}
