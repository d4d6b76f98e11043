// Turns roadmap lanes into vis-timeline groups and items. Pure, so it is tested without a browser.
// vis-timeline virtualises items but not groups: past `maxLanes` lanes the smallest are rolled up
// into one "others" lane, which keeps first render fast at 10,000 items.
import { statusKey } from '../../components/status';
import type { RoadmapData, RoadmapLane } from './roadmapQuery';

export interface TimelineGroup {
  id: string;
  content: string;
  order: number;
  title?: string;
}

export interface TimelineItem {
  id: string;
  /** The entity the item shows (an initiative can sit in several lanes). */
  entityId: string;
  group: string;
  content: string;
  title: string;
  start: Date;
  end?: Date;
  type: 'range' | 'point' | 'background';
  className: string;
}

export interface TimelineData {
  groups: TimelineGroup[];
  items: TimelineItem[];
  /** Number of lanes rolled up into the "others" lane (0 when none). */
  rolledUp: number;
  initiativeCount: number;
  milestoneCount: number;
}

export interface TimelineLabels {
  others(n: number): string;
  none: string;
}

export const OTHERS_LANE = '__others__';
const DAY_MS = 86_400_000;

/** An ISO day as a local-midnight Date (vis-timeline positions by local time). */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function dayAfter(day: string): Date {
  return new Date(dayToDate(day).getTime() + DAY_MS);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const laneSize = (lane: RoadmapLane) => lane.initiatives.length + lane.milestones.length;

export function toTimelineData(
  roadmap: RoadmapData,
  labels: TimelineLabels,
  maxLanes = 40,
  itemClass: (entityId: string) => string = () => '',
): TimelineData {
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

  const items: TimelineItem[] = [];
  const seen = new Set<string>();
  const initiatives = new Set<string>();
  const milestones = new Set<string>();
  for (const lane of roadmap.lanes) {
    const group = laneOf.get(lane.key) ?? lane.key;
    for (const initiative of lane.initiatives) {
      const first = initiative.start ?? initiative.end;
      const last = initiative.end ?? initiative.start;
      if (!first || !last) continue;
      const id = `${group}::${initiative.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      initiatives.add(initiative.id);
      const period = [initiative.start?.label, initiative.end?.label].filter(Boolean).join(' – ');
      items.push({
        id,
        entityId: initiative.id,
        group,
        content: escapeHtml(initiative.name),
        title: escapeHtml(`${initiative.name}\n${period}`),
        start: dayToDate(first.firstDay),
        end: dayAfter(last.lastDay),
        type: 'range',
        className: `vk-item status-${statusKey(initiative.status)} ${itemClass(initiative.id)}`.trim(),
      });
    }
    for (const milestone of lane.milestones) {
      if (!milestone.date) continue;
      const id = `${group}::${milestone.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      milestones.add(milestone.id);
      items.push({
        id,
        entityId: milestone.id,
        group,
        content: escapeHtml(milestone.name),
        title: escapeHtml(`${milestone.name}\n${milestone.date.label}`),
        start: dayToDate(milestone.date.firstDay),
        type: 'point',
        className: `vk-milestone ms-${milestone.status} ${itemClass(milestone.id)}`.trim(),
      });
    }
  }
  return { groups, items, rolledUp, initiativeCount: initiatives.size, milestoneCount: milestones.size };
}
