// The veikart as MS Project XML (MSPDI), which MS Project, ProjectLibre and GanttProject open: one
// summary task per lane (outline level 1), under it each initiative as a task and its milestones as
// zero-duration tasks right after it (level 2), and the dependencies between shown items as
// PredecessorLinks with their type and lag. Element order follows Microsoft's mspdi schema.
//
// Dates: the veikart counts calendar days, so the project calendar makes every day a working day
// (08:00–16:00, 480 minutes); a task runs from the first day of its start period to the last day of
// its end period, and starts no earlier than that (constraint SNET), so links can still push it
// when opened in a scheduler. A milestone sits on the last day of its period (due by then); the
// period as the paper gave it ("1. kv. 2023") is in the task's notes. Lags are elapsed days.
import { formatPrecisionDate, parsePrecisionDate, toDayNumber } from '../domain/dates/index.js';
import type { ExportDate, RoadmapExportData, RoadmapRow } from '../services/roadmapRows.js';
import { GROUPING, type Locale, labelOf, lowerLabelOf, PRECISION, STATUS, WORDS } from './labels.js';

/** MSPDI PredecessorLink/Type. */
export const LINK_TYPE = { FF: 0, FS: 1, SF: 2, SS: 3 } as const;
/** MSPDI duration format 8: elapsed days ("ed"). */
const ELAPSED_DAYS = 8;
/** LinkLag is in tenths of a minute. */
const LAG_UNITS_PER_ELAPSED_DAY = 24 * 60 * 10;
const CALENDAR_UID = 1;
const MINUTES_PER_DAY = 480;

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const el = (name: string, value: string | number) => `<${name}>${escapeXml(String(value))}</${name}>`;
const hours = (days: number) => `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;
const startOf = (day: string) => `${day}T08:00:00`;
const finishOf = (day: string) => `${day}T16:00:00`;
const spanDays = (first: string, last: string) => toDayNumber(last) - toDayNumber(first) + 1;

interface TaskSpec {
  uid: number;
  name: string;
  outline: string;
  level: number;
  first: string;
  last: string;
  milestone: boolean;
  summary: boolean;
  notes: string | null;
  links: { predecessorUid: number; type: keyof typeof LINK_TYPE; lagDays: number }[];
}

function taskXml(t: TaskSpec, id: number, created: string): string {
  const start = t.milestone ? finishOf(t.last) : startOf(t.first);
  const finish = finishOf(t.last);
  const duration = t.milestone ? 'PT0H0M0S' : hours(spanDays(t.first, t.last));
  const parts = [
    el('UID', t.uid),
    el('ID', id),
    el('Name', t.name),
    el('Type', 1), // fixed duration: the papers give periods, not work
    el('IsNull', 0),
    el('CreateDate', created),
    el('WBS', t.outline),
    el('OutlineNumber', t.outline),
    el('OutlineLevel', t.level),
    el('Priority', 500),
    el('Start', start),
    el('Finish', finish),
    el('Duration', duration),
    el('DurationFormat', 7),
    el('Estimated', 0),
    el('Milestone', t.milestone ? 1 : 0),
    el('Summary', t.summary ? 1 : 0),
    el('Critical', 0),
  ];
  if (!t.summary) {
    parts.push(el('ConstraintType', 4), el('CalendarUID', -1), el('ConstraintDate', start));
  }
  if (t.notes) parts.push(el('Notes', t.notes));
  for (const link of t.links) {
    parts.push(
      `<PredecessorLink>${[
        el('PredecessorUID', link.predecessorUid),
        el('Type', LINK_TYPE[link.type]),
        el('CrossProject', 0),
        el('LinkLag', link.lagDays * LAG_UNITS_PER_ELAPSED_DAY),
        el('LagFormat', ELAPSED_DAYS),
      ].join('')}</PredecessorLink>`,
    );
  }
  parts.push(el('Active', 1), el('Manual', 0));
  return `<Task>${parts.join('')}</Task>`;
}

function periodNote(row: RoadmapRow, locale: Locale): string {
  const fmt = (d: ExportDate) =>
    `${formatPrecisionDate(parsePrecisionDate(d.text), locale)} (${d.text}, ${PRECISION[d.precision][locale]})`;
  const nb = locale === 'nb';
  const lines = [
    row.kind === 'milestone'
      ? `${nb ? 'Dato' : 'Date'}: ${row.start ? fmt(row.start) : '-'}`
      : `${nb ? 'Periode' : 'Period'}: ${row.start ? fmt(row.start) : '-'} – ${row.end ? fmt(row.end) : '-'}`,
    row.status ? `Status: ${labelOf(STATUS, row.status, locale)}` : null,
    row.owners.length ? `${nb ? 'Eiere' : 'Owners'}: ${row.owners.join(', ')}` : null,
    `Veikart-id: ${row.id}`,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

export interface MspdiOptions {
  title: string;
  /** The export date (ISO day): CreationDate and LastSaved. */
  date: string;
}

export function roadmapMspdi(data: RoadmapExportData, locale: Locale, options: MspdiOptions): string {
  const tasks: TaskSpec[] = [];
  const uidOf = new Map<string, number>();
  let nextUid = 1;
  data.lanes.forEach((lane, laneIndex) => {
    const laneUid = nextUid++;
    const children: TaskSpec[] = [];
    lane.rows.forEach((row) => {
      const startDate = row.start ?? row.end;
      const endDate = row.end ?? row.start;
      if (!startDate || !endDate) return;
      const uid = nextUid++;
      uidOf.set(row.id, uid);
      children.push({
        uid,
        name: row.name,
        outline: `${laneIndex + 1}.${children.length + 1}`,
        level: 2,
        first: row.kind === 'milestone' ? endDate.last : startDate.first,
        last: endDate.last,
        milestone: row.kind === 'milestone',
        summary: false,
        notes: periodNote(row, locale),
        links: [],
      });
    });
    if (children.length === 0) return;
    tasks.push({
      uid: laneUid,
      name: lane.label,
      outline: String(laneIndex + 1),
      level: 1,
      first: children.map((c) => c.first).sort()[0] as string,
      last: children
        .map((c) => c.last)
        .sort()
        .at(-1) as string,
      milestone: false,
      summary: true,
      notes: `${WORDS.groupedBy[locale]} ${lowerLabelOf(GROUPING, data.groupBy, locale)}: ${lane.label}`,
      links: [],
    });
    tasks.push(...children);
  });
  // Links go on the successor: "from depends on to" makes `to` the predecessor.
  const byUid = new Map(tasks.map((t) => [t.uid, t]));
  for (const row of data.lanes.flatMap((l) => l.rows)) {
    const task = byUid.get(uidOf.get(row.id) ?? -1);
    if (!task) continue;
    for (const dep of row.dependencies) {
      const predecessorUid = uidOf.get(dep.targetId);
      if (predecessorUid === undefined) continue;
      task.links.push({ predecessorUid, type: dep.type, lagDays: dep.lagDays });
    }
  }
  const created = `${options.date}T00:00:00`;
  const first = tasks.map((t) => t.first).sort()[0] ?? data.from;
  const last =
    tasks
      .map((t) => t.last)
      .sort()
      .at(-1) ?? data.to;
  const projectSummary: TaskSpec = {
    uid: 0,
    name: options.title,
    outline: '0',
    level: 0,
    first,
    last,
    milestone: false,
    summary: true,
    notes: null,
    links: [],
  };
  const weekDays = [1, 2, 3, 4, 5, 6, 7]
    .map(
      (d) =>
        `<WeekDay>${el('DayType', d)}${el('DayWorking', 1)}<WorkingTimes><WorkingTime>${el('FromTime', '08:00:00')}${el('ToTime', '16:00:00')}</WorkingTime></WorkingTimes></WeekDay>`,
    )
    .join('');
  const calendar = `<Calendar>${el('UID', CALENDAR_UID)}${el('Name', locale === 'nb' ? 'Veikart (alle dager)' : 'Veikart (every day)')}${el('IsBaseCalendar', 1)}${el('BaseCalendarUID', -1)}<WeekDays>${weekDays}</WeekDays></Calendar>`;
  const header = [
    el('SaveVersion', 14),
    el('Name', `${options.title}.xml`),
    el('Title', options.title),
    el('Author', 'Veikart'),
    el('CreationDate', created),
    el('LastSaved', created),
    el('ScheduleFromStart', 1),
    el('StartDate', startOf(first)),
    el('FinishDate', finishOf(last)),
    el('CalendarUID', CALENDAR_UID),
    el('DefaultStartTime', '08:00:00'),
    el('DefaultFinishTime', '16:00:00'),
    el('MinutesPerDay', MINUTES_PER_DAY),
    el('MinutesPerWeek', MINUTES_PER_DAY * 7),
    el('DaysPerMonth', 30),
    el('DefaultTaskType', 1),
    el('DurationFormat', 7),
    el('HonorConstraints', 0),
    el('WeekStartDay', 1),
  ].join('\n  ');
  const taskLines = [projectSummary, ...tasks].map((t, i) => `  ${taskXml(t, i, created)}`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  ${header}
  <Calendars>${calendar}</Calendars>
  <Tasks>
${taskLines}
  </Tasks>
</Project>
`;
}
