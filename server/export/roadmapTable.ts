// The veikart as a table: one row per initiative and milestone, with owners, dates in three forms
// (as read, "1. kv. 2023"; canonical value, "2023-Q1"; precision and the days covered), status and
// dependencies. The same Table feeds roadmap.csv and roadmap.xlsx.
import { formatPrecisionDate, parsePrecisionDate } from '../domain/dates/index.js';
import type { ExportDate, ExportDependency, RoadmapExportData } from '../services/roadmapRows.js';
import {
  DEPENDENCY_KIND,
  INITIATIVE_KIND,
  type Locale,
  labelOf,
  lagText,
  lowerLabelOf,
  PRECISION,
  STATUS,
} from './labels.js';
import { type Cell, type Column, day, type Table } from './table.js';

const COLUMNS: { key: string; nb: string; en: string; width: number }[] = [
  { key: 'id', nb: 'ID', en: 'ID', width: 24 },
  { key: 'type', nb: 'Type', en: 'Type', width: 10 },
  { key: 'name', nb: 'Navn', en: 'Name', width: 40 },
  { key: 'category', nb: 'Kategori', en: 'Category', width: 16 },
  { key: 'lane', nb: 'Gruppe', en: 'Group', width: 24 },
  { key: 'initiative', nb: 'Hører til', en: 'Belongs to', width: 24 },
  { key: 'owners', nb: 'Eiere', en: 'Owners', width: 28 },
  { key: 'participants', nb: 'Deltakere', en: 'Participants', width: 28 },
  { key: 'start', nb: 'Start', en: 'Start', width: 18 },
  { key: 'startValue', nb: 'Start (verdi)', en: 'Start (value)', width: 12 },
  { key: 'startPrecision', nb: 'Start (presisjon)', en: 'Start (precision)', width: 10 },
  { key: 'startFirstDay', nb: 'Start (første dag)', en: 'Start (first day)', width: 12 },
  { key: 'end', nb: 'Slutt', en: 'End', width: 18 },
  { key: 'endValue', nb: 'Slutt (verdi)', en: 'End (value)', width: 12 },
  { key: 'endPrecision', nb: 'Slutt (presisjon)', en: 'End (precision)', width: 10 },
  { key: 'endLastDay', nb: 'Slutt (siste dag)', en: 'End (last day)', width: 12 },
  { key: 'status', nb: 'Status', en: 'Status', width: 10 },
  { key: 'dependencies', nb: 'Avhenger av', en: 'Depends on', width: 48 },
  {
    key: 'dependencyIds',
    nb: 'Avhenger av (id, type, forsinkelse)',
    en: 'Depends on (id, type, lag)',
    width: 36,
  },
];

/** Added when the export compares with a baseline. */
const BASELINE_COLUMNS: typeof COLUMNS = [
  { key: 'baselineStartValue', nb: 'Start (baseline)', en: 'Start (baseline)', width: 12 },
  { key: 'baselineEndValue', nb: 'Slutt (baseline)', en: 'End (baseline)', width: 12 },
  { key: 'varianceDays', nb: 'Avvik (dager)', en: 'Variance (days)', width: 10 },
];

export function columnsFor(locale: Locale, spec: typeof COLUMNS): Column[] {
  return spec.map((c) => ({ key: c.key, header: c[locale], width: c.width }));
}

function dateCells(d: ExportDate | null, edge: 'first' | 'last', locale: Locale): Cell[] {
  if (!d) return [null, null, null, null];
  return [
    formatPrecisionDate(parsePrecisionDate(d.text), locale),
    d.text,
    PRECISION[d.precision][locale],
    day(edge === 'first' ? d.first : d.last),
  ];
}

/** "Persontjenesten (FS, +14 d, teknisk)" */
export function dependencyText(d: ExportDependency, locale: Locale): string {
  const lag = lagText(d.lagDays);
  return `${d.targetName} (${[d.type, lag, lowerLabelOf(DEPENDENCY_KIND, d.kind, locale)].filter(Boolean).join(', ')})`;
}

/** "persontjenesten FS+14" — the form a script splits on "; " and " ". */
export function dependencyCode(d: ExportDependency): string {
  return `${d.targetId} ${d.type}${d.lagDays ? (d.lagDays > 0 ? `+${d.lagDays}` : String(d.lagDays)) : ''}`;
}

export function roadmapTable(data: RoadmapExportData, locale: Locale): Table {
  const rows = data.lanes.flatMap((lane) =>
    lane.rows.map((r): Cell[] => [
      r.id,
      r.kind === 'milestone'
        ? locale === 'nb'
          ? 'Milepæl'
          : 'Milestone'
        : locale === 'nb'
          ? 'Tiltak'
          : 'Initiative',
      r.name,
      labelOf(INITIATIVE_KIND, r.category, locale),
      lane.label,
      r.initiativeName,
      r.owners.join('; '),
      r.participants.join('; '),
      ...dateCells(r.start, 'first', locale),
      ...dateCells(r.end, 'last', locale),
      labelOf(STATUS, r.status, locale),
      r.dependencies.map((d) => dependencyText(d, locale)).join('; '),
      r.dependencies.map(dependencyCode).join('; '),
      ...(data.withBaseline
        ? [r.baseline?.start ?? null, r.baseline?.end ?? null, r.baseline?.varianceDays ?? null]
        : []),
    ]),
  );
  const columns = data.withBaseline ? [...COLUMNS, ...BASELINE_COLUMNS] : COLUMNS;
  return { name: locale === 'nb' ? 'Veikart' : 'Roadmap', columns: columnsFor(locale, columns), rows };
}
