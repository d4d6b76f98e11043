// A thin React wrapper over vis-timeline: creates the timeline once, swaps its data when the props
// change, draws dependency arrows on demand as an SVG overlay, and makes items keyboard-reachable.
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Locale } from '../../i18n/messages';
import { majorLabel, minorLabel } from './axisFormat';
import type { TimelineGroup, TimelineItem } from './timelineItems';

const DAY_MS = 86_400_000;

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
}

export function VisTimeline(props: VisTimelineProps) {
  const container = useRef<HTMLElement>(null);
  const overlay = useRef<SVGSVGElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<TimelineItem>([]));
  const groupSet = useRef(new DataSet<TimelineGroup>([]));
  const latest = useRef(props);
  latest.current = props;

  // Create once.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new Timeline(element, itemSet.current, groupSet.current, {
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
        drawArrows(element, overlay.current, latest.current.arrows);
      });
    });
    timeline.current = created;
    latest.current.onReady?.(created);
    return () => {
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
    syncDataSet(groupSet.current, props.groups);
    syncDataSet(itemSet.current, props.items);
  }, [props.groups, props.items]);

  useEffect(() => {
    timeline.current?.setWindow(props.min, props.max, { animation: false });
  }, [props.min, props.max]);

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
