// What VisTimeline draws: lanes (groups) and bars or points (items), as the timeline, the impact view
// and the timeline's SVG export share them. Pure.

export interface TimelineGroup {
  id: string;
  /** HTML (escaped); VisTimeline may draw it as an element with a fold button. */
  content: string;
  order: number;
  title?: string;
  /** Drawn as one roll-up bar; the lane label offers to unfold it. */
  collapsed?: boolean;
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
  /** The plain text (content is HTML-escaped), for exports. */
  label?: string;
  /** Inline style of the bar (VisTimeline uses it for a wrapped label's room). */
  style?: string;
  /** Status colour of a bar (GREEN…UNKNOWN) or a milestone's status (PLANNED, DONE…), for exports. */
  status?: string;
}

/** An ISO day as a local-midnight Date (vis-timeline positions by local time). */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** A Date's local day as ISO (the inverse of dayToDate). */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
