// Bars too short for their names get the name beside them instead of a cut one ("Bergen komn"):
// to the right, or to the left when the right would run out of the visible window. A name too long
// for any of those (some are 150 characters) wraps, on the side with the most room, within that room.
// vis-timeline keeps room for a label that overflows its bar when the bar's frame has
// `overflow: visible` (styles.css gives that to `.label-outside`), but it reads the frame's style only
// when an item's data changes, so the placement goes into the item's className and style
// (VisTimeline updates the data set).

export type LabelSide = 'inside' | 'right' | 'left';

export interface LabelPlace {
  side: LabelSide;
  /** Set when the label wraps: the width it wraps within, in px. */
  room?: number;
}

/** The room a label needs beyond its text: a little air. */
const SLACK = 2;
/** Less room than this, and a wrapped name would be a tower of words: it stays on one line. */
const MIN_WRAP_ROOM = 120;
/** Rooms are rounded down to this, so a label is not re-wrapped at every step of a pan. */
const ROOM_STEP = 40;

/** Where each drawn bar's label goes, by item id (bars out of the DOM are not measured). */
export function measureBarLabels(root: HTMLElement): Map<string, LabelPlace> {
  const places = new Map<string, LabelPlace>();
  const panel = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return places;
  for (const bar of root.querySelectorAll<HTMLElement>('.vis-item.vis-range:not(.vis-background)')) {
    const content = bar.querySelector<HTMLElement>('.vis-item-content');
    const id = bar.dataset.id;
    if (!content || !id) continue;
    const box = bar.getBoundingClientRect();
    const rooms = {
      inside: Math.min(box.right, panel.right) - Math.max(box.left, panel.left),
      right: panel.right - box.right,
      left: box.left - panel.left,
    };
    places.set(id, placeOf(naturalWidth(content) + SLACK, rooms));
  }
  return places;
}

/** Inside, right or left, whichever fits first; else wrapped on the side with the most room. */
export function placeOf(width: number, rooms: Record<LabelSide, number>): LabelPlace {
  for (const side of ['inside', 'right', 'left'] as const) if (width <= rooms[side]) return { side };
  const widest = (['inside', 'right', 'left'] as const).reduce((a, b) => (rooms[b] > rooms[a] ? b : a));
  const room = Math.floor(rooms[widest] / ROOM_STEP) * ROOM_STEP;
  return room >= MIN_WRAP_ROOM ? { side: widest, room } : { side: widest };
}

/** The label's width on one line (a wrapped label is measured unwrapped, else it would flip back). */
function naturalWidth(content: HTMLElement): number {
  if (getComputedStyle(content).whiteSpace === 'nowrap') return content.offsetWidth;
  content.style.whiteSpace = 'nowrap';
  content.style.maxWidth = 'none';
  const width = content.offsetWidth;
  content.style.whiteSpace = '';
  content.style.maxWidth = '';
  return width;
}

export const samePlace = (a: LabelPlace | undefined, b: LabelPlace | undefined) =>
  (a?.side ?? 'inside') === (b?.side ?? 'inside') && a?.room === b?.room;

/** The classes that draw a label at its place. */
export function labelClass(place: LabelPlace | undefined): string {
  const side =
    place?.side === 'right' ? ' label-outside' : place?.side === 'left' ? ' label-outside label-left' : '';
  return side + (place?.room ? ' label-wrap' : '');
}

/** The item style that limits a wrapped label to its room (read by styles.css). */
export function labelStyle(place: LabelPlace | undefined): string {
  return place?.room ? `--label-room: ${place.room}px` : '';
}
