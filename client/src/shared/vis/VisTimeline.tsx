// A thin React wrapper over vis-timeline: creates the timeline once, swaps its data when the props
// change, draws dependency arrows on demand as an SVG overlay, and makes items keyboard-reachable.
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Locale } from '../../i18n/messages';
import { majorLabel, minorLabel } from './axisFormat';
import { type LabelPlace, labelClass, labelStyle, measureBarLabels, samePlace } from './barLabels';
import { laneLabel } from './laneLabel';
import { dayOf, type TimelineGroup, type TimelineItem } from './timelineItems';

const DAY_MS = 86_400_000;

/** A lane as vis-timeline gets it: its label text, or an element with a fold button. */
type DrawnGroup = Omit<TimelineGroup, 'content'> & { content: string | HTMLElement };

export interface TimelineArrow {
  /** The predecessor (what is depended on): the arrow starts at its end. */
  from: string;
  /** The successor: the arrow ends at its start. */
  to: string;
  highlighted?: boolean;
  /** The planned dates already break this dependency: drawn red, dashed, whether or not arrows are on. */
  violated?: boolean;
  /** Tooltip (e.g. "brutt med 45 d"). */
  title?: string;
}

export interface VisTimelineProps {
  groups: TimelineGroup[];
  items: TimelineItem[];
  min: Date;
  max: Date;
  locale: Locale;
  arrows: TimelineArrow[] | null;
  label: string;
  onSelect(entityId: string): void;
  onReady?(timeline: Timeline): void;
  height?: number;
  /** The window to show (from the URL); the whole period min–max when null. */
  window?: { start: Date; end: Date } | null;
  /** Called (debounced) when the visible window settles after a zoom or a move. */
  onWindowChange?(start: Date, end: Date): void;
  /** Makes each lane label a fold/unfold button. */
  onToggleLane?(laneId: string): void;
  /** The toggle's accessible name for a lane. */
  toggleLabel?(lane: string, collapsed: boolean): string;
  /**
   * Puts a short bar's name beside it (barLabels.ts). The Veikart timeline does; the impact view's
   * small timeline, whose bars carry short date labels, is left as it was.
   */
  labelsOutside?: boolean;
}

/** How long the window must rest before it is written to the URL (a drag fires many range changes). */
const WINDOW_SETTLE_MS = 300;

export function VisTimeline(props: VisTimelineProps) {
  const container = useRef<HTMLElement>(null);
  const overlay = useRef<SVGSVGElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<TimelineItem>([]));
  const groupSet = useRef(new DataSet<DrawnGroup>([]));
  const latest = useRef(props);
  latest.current = props;
  /** Where each bar's label was last placed (see barLabels.ts), kept across data changes. */
  const labelPlaces = useRef(new Map<string, LabelPlace>());

  // Create once.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // A window from the URL is given here: vis-timeline fits its first drawing to it (else to the
    // items, as the impact view's timeline expects).
    const first = latest.current.window;
    const created = new Timeline(element, itemSet.current, groupSet.current, {
      ...(first ? { start: first.start, end: first.end } : {}),
      orientation: 'top',
      stack: true,
      showCurrentTime: true,
      zoomMin: 14 * DAY_MS,
      zoomMax: 40 * 365 * DAY_MS,
      groupOrder: 'order',
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      maxHeight: latest.current.height ?? 560,
      margin: { item: { horizontal: 2, vertical: 3 }, axis: 4 },
      tooltip: { followMouse: true, overflowMethod: 'cap' },
      dataAttributes: ['id', 'entityId'],
      selectable: true,
    } as TimelineOptions);
    created.on('select', (event: { items: (string | number)[] }) => {
      const id = event.items[0];
      if (id === undefined) return;
      const item = latest.current.items.find((i) => i.id === String(id));
      const entityId = item?.entityId ?? String(id).split('::').pop();
      if (entityId) latest.current.onSelect(entityId);
    });
    let frame = 0;
    created.on('changed', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        makeItemsFocusable(element);
        // A label that moved changes its item's class: vis-timeline redraws and 'changed' comes again.
        if (latest.current.labelsOutside && placeLabels(element, labelPlaces.current, itemSet.current))
          return;
        drawArrows(element, overlay.current, latest.current.arrows);
      });
    });
    let settle: ReturnType<typeof setTimeout> | undefined;
    created.on('rangechanged', (event: { start: Date; end: Date }) => {
      // The browser tests (and anyone curious) read the visible window off the element.
      element.dataset.windowStart = dayOf(event.start);
      element.dataset.windowEnd = dayOf(event.end);
      clearTimeout(settle);
      settle = setTimeout(() => latest.current.onWindowChange?.(event.start, event.end), WINDOW_SETTLE_MS);
    });
    timeline.current = created;
    latest.current.onReady?.(created);
    return () => {
      clearTimeout(settle);
      cancelAnimationFrame(frame);
      created.destroy();
      timeline.current = null;
    };
  }, []);

  // Without a fixed height the timeline fills the window below where it starts (a projector's
  // 1080 rows are used, not a fixed 560 px box), and follows the window when it is resized.
  useEffect(() => {
    if (props.height !== undefined) return;
    const fitHeight = () => {
      const element = container.current;
      if (!element || !timeline.current) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      timeline.current.setOptions({
        maxHeight: Math.max(360, window.innerHeight - top - 80),
      } as TimelineOptions);
    };
    fitHeight();
    window.addEventListener('resize', fitHeight);
    return () => window.removeEventListener('resize', fitHeight);
  }, [props.height]);

  // Locale and period bounds.
  useEffect(() => {
    timeline.current?.setOptions({
      format: { minorLabels: minorLabel(props.locale), majorLabels: majorLabel(props.locale) },
      min: new Date(props.min.getTime() - 365 * DAY_MS),
      max: new Date(props.max.getTime() + 365 * DAY_MS),
      locale: props.locale === 'nb' ? 'nb' : 'en',
    } as TimelineOptions);
  }, [props.locale, props.min, props.max]);

  // Data: changed in place, so items in both the old and the new data (a filter removed) are kept
  // rather than drawn anew; replacing the data sets made a redraw slower than the first render.
  useEffect(() => {
    const { onToggleLane, toggleLabel } = latest.current;
    syncDataSet(
      groupSet.current,
      onToggleLane
        ? props.groups.map((g) => ({
            ...g,
            content: laneLabel(g, () => latest.current.onToggleLane?.(g.id), toggleLabel),
          }))
        : props.groups,
    );
    const places = labelPlaces.current;
    syncDataSet(
      itemSet.current,
      props.items.map((item) =>
        places.has(item.id)
          ? {
              ...item,
              className: item.className + labelClass(places.get(item.id)),
              style: labelStyle(places.get(item.id)),
            }
          : item,
      ),
    );
  }, [props.groups, props.items]);

  // The window from the URL, else the whole period. A window already shown (to the day) is left
  // alone, so writing the window to the URL does not move the timeline again.
  const windowStart = props.window?.start.getTime();
  const windowEnd = props.window?.end.getTime();
  useEffect(() => {
    const current = timeline.current;
    if (!current) return;
    const start = windowStart === undefined ? props.min : new Date(windowStart);
    const end = windowEnd === undefined ? props.max : new Date(windowEnd);
    const shown = current.getWindow();
    if (dayOf(shown.start) === dayOf(start) && dayOf(shown.end) === dayOf(end)) return;
    current.setWindow(start, end, { animation: false });
  }, [props.min, props.max, windowStart, windowEnd]);

  // Arrows when toggled without a data change.
  useEffect(() => {
    if (container.current) drawArrows(container.current, overlay.current, props.arrows);
  }, [props.arrows]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const current = timeline.current;
    if (!current) return;
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('.vis-item');
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      const entityId = item.dataset.entityid;
      if (entityId) latest.current.onSelect(entityId);
      return;
    }
    const range = current.getWindow();
    const span = range.end.getTime() - range.start.getTime();
    const shift = (fraction: number) =>
      current.setWindow(range.start.getTime() + span * fraction, range.end.getTime() + span * fraction);
    if (event.key === 'ArrowLeft') shift(-0.2);
    else if (event.key === 'ArrowRight') shift(0.2);
    else if (event.key === '+' || event.key === '=') current.zoomIn(0.5);
    else if (event.key === '-') current.zoomOut(0.5);
    else return;
    event.preventDefault();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the region handles arrow keys for its focusable items
    <div className="timeline-wrap" onKeyDown={onKeyDown}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the timeline region is scrollable by keyboard */}
      <section ref={container} className="timeline" aria-label={props.label} tabIndex={0} />
      <svg ref={overlay} className="timeline-arrows" aria-hidden="true">
        <defs>
          <marker
            id="vk-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#37474f" />
          </marker>
          <marker
            id="vk-arrow-hot"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#c62828" />
          </marker>
        </defs>
      </svg>
    </div>
  );
}

function syncDataSet<T extends { id: string }>(set: DataSet<T>, next: readonly T[]) {
  const keep = new Set(next.map((n) => n.id));
  const gone = set.getIds().filter((id) => !keep.has(String(id)));
  if (gone.length) set.remove(gone);
  set.update(next as Parameters<typeof set.update>[0]);
}

/** Moves the labels whose place changed; true when some did. */
function placeLabels(
  root: HTMLElement,
  places: Map<string, LabelPlace>,
  items: DataSet<TimelineItem>,
): boolean {
  const moved: { id: string; className: string; style: string }[] = [];
  for (const [id, place] of measureBarLabels(root)) {
    if (samePlace(places.get(id), place)) continue;
    const item = items.get(id);
    if (!item) continue;
    const previous = labelClass(places.get(id));
    const base = previous ? item.className.slice(0, -previous.length) : item.className;
    places.set(id, place);
    moved.push({ id, className: base + labelClass(place), style: labelStyle(place) });
  }
  if (moved.length) items.update(moved as Parameters<typeof items.update>[0]);
  return moved.length > 0;
}

function makeItemsFocusable(root: HTMLElement) {
  for (const item of root.querySelectorAll<HTMLElement>('.vis-item:not([tabindex])')) {
    if (item.classList.contains('vis-background')) continue;
    item.tabIndex = 0;
    item.setAttribute('role', 'button');
    const text = item.querySelector('.vis-item-content')?.textContent ?? '';
    item.setAttribute('aria-label', text);
  }
}

/** Draws an arrow from each predecessor's end to its successor's start, for items in view. */
function drawArrows(root: HTMLElement, svg: SVGSVGElement | null, arrows: TimelineArrow[] | null) {
  if (!svg) return;
  for (const path of svg.querySelectorAll('path.arrow')) path.remove();
  if (!arrows || arrows.length === 0) return;
  const box = svg.getBoundingClientRect();
  const centre = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  const find = (id: string) =>
    root.querySelector<HTMLElement>(`.vis-item[data-entityid="${CSS.escape(id)}"]`)?.getBoundingClientRect();
  const ns = 'http://www.w3.org/2000/svg';
  for (const arrow of arrows) {
    const a = find(arrow.from);
    const b = find(arrow.to);
    if (!a || !b) continue;
    const x1 = a.right - box.left;
    const y1 = a.top + a.height / 2 - box.top;
    const x2 = b.left - box.left;
    const y2 = b.top + b.height / 2 - box.top;
    if (centre && (Math.max(y1, y2) < centre.top - box.top || Math.min(y1, y2) > centre.bottom - box.top))
      continue;
    const bend = Math.max(24, Math.abs(x2 - x1) / 3);
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`);
    const red = arrow.highlighted || arrow.violated;
    path.setAttribute('class', `arrow${arrow.highlighted ? ' hot' : ''}${arrow.violated ? ' violated' : ''}`);
    path.setAttribute('marker-end', red ? 'url(#vk-arrow-hot)' : 'url(#vk-arrow)');
    path.dataset.from = arrow.from;
    path.dataset.to = arrow.to;
    if (arrow.title) {
      const title = document.createElementNS(ns, 'title');
      title.textContent = arrow.title;
      path.appendChild(title);
    }
    svg.appendChild(path);
  }
}
