// What VisTimeline draws: lanes (groups) and bars or points (items), as the timeline, the impact view
// and the timeline's SVG export share them. Pure.

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
  /** The plain text (content is HTML-escaped), for exports. */
  label?: string;
  /** Status colour of a bar (GREEN…UNKNOWN) or a milestone's status (PLANNED, DONE…), for exports. */
  status?: string;
}

/** An ISO day as a local-midnight Date (vis-timeline positions by local time). */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
