// A baseline on the timeline: beside each bar or milestone that has moved since, a hatched ghost at its
// dates in the baseline, labelled with the variance of its finish ("+45 d"). Items where they are
// the same get none, so the ghosts point at what changed. Pure.
import { varianceLabel } from '../../shared/history/changeFormat';
import { precisionRange } from '../../shared/history/precisionDate';
import { dayToDate, type TimelineItem } from '../../shared/vis/timelineItems';

const DAY_MS = 86_400_000;

export interface BaselineDatesLike {
  start?: string | null;
  end?: string | null;
  varianceDays?: number | null;
}

export interface GhostLabels {
  /** The tooltip: name, baseline period, variance. */
  title(name: string, from: string, to: string, variance: string): string;
}

export const GHOST_PREFIX = 'baseline::';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Ghost items for the drawn items whose dates in the baseline differ from their dates now. */
export function baselineGhosts(
  items: readonly TimelineItem[],
  baselineOf: ReadonlyMap<string, BaselineDatesLike>,
  labels: GhostLabels,
): TimelineItem[] {
  const ghosts: TimelineItem[] = [];
  for (const item of items) {
    if (item.type === 'background' || item.id.startsWith(GHOST_PREFIX)) continue;
    const dates = baselineOf.get(item.entityId);
    if (!dates) continue;
    const first = precisionRange(dates.start ?? dates.end);
    const last = precisionRange(dates.end ?? dates.start);
    if (!first || !last) continue;
    const variance = dates.varianceDays ?? null;
    const label = variance === null ? '' : varianceLabel(variance);
    const trend = variance === null || variance === 0 ? '' : variance > 0 ? ' late' : ' early';
    const name = item.label ?? item.entityId;
    const common = {
      id: `${GHOST_PREFIX}${item.id}`,
      entityId: item.entityId,
      group: item.group,
      content: escapeHtml(label),
      title: escapeHtml(labels.title(name, first.first, last.last, label || '–')),
      className: `ghost baseline-ghost${trend}`,
      label,
    };
    const start = dayToDate(item.type === 'point' ? last.last : first.first);
    const end = new Date(dayToDate(last.last).getTime() + DAY_MS);
    const same =
      start.getTime() === item.start.getTime() &&
      (item.type === 'point' || end.getTime() === item.end?.getTime());
    if (same) continue;
    if (item.type === 'point') ghosts.push({ ...common, type: 'point', start });
    else ghosts.push({ ...common, type: 'range', start, end });
  }
  return ghosts;
}
