// An impact result as tables: what slips, by how much and why (one row per affected item, with the
// driving chain spelled out), the delays assumed for risks without a stated length, and what was
// asked. impact.csv is the first table; impact.xlsx has all three as sheets.
import { formatPrecisionDate } from '../domain/dates/index.js';
import type { DayView } from '../domain/schedule/index.js';
import type { ImpactExportData } from '../services/impactReport.js';
import type { ImpactShape } from '../services/impactRun.js';
import { ITEM_KIND, type Locale, labelOf, PRECISION } from './labels.js';
import { type Cell, day, type Table } from './table.js';

const H = (nb: string, en: string, key: string, width = 14) => ({ key, nb, en, width });

const AFFECTED_COLUMNS = [
  H('ID', 'ID', 'id', 24),
  H('Navn', 'Name', 'name', 40),
  H('Type', 'Kind', 'kind', 12),
  H('Start før', 'Old start', 'oldStart', 16),
  H('Start før (dag)', 'Old start (day)', 'oldStartDay', 12),
  H('Start etter', 'New start', 'newStart', 16),
  H('Start etter (dag)', 'New start (day)', 'newStartDay', 12),
  H('Slutt før', 'Old end', 'oldEnd', 16),
  H('Slutt før (dag)', 'Old end (day)', 'oldEndDay', 12),
  H('Slutt etter', 'New end', 'newEnd', 16),
  H('Slutt etter (dag)', 'New end (day)', 'newEndDay', 12),
  H('Presisjon', 'Precision', 'precision', 10),
  H('Startforskyvning (dager)', 'Start slip (days)', 'startSlipDays', 10),
  H('Forsinkelse (dager)', 'Slip (days)', 'slipDays', 10),
  H('Kritisk før', 'Was critical', 'wasCritical', 8),
  H('Kritisk etter', 'Now critical', 'nowCritical', 8),
  H('Utenfor planlagt periode', 'Past planned period', 'pastPeriodEnd', 8),
  H('Frist', 'Deadline', 'deadline', 16),
  H('Frist overskredet med (dager)', 'Deadline missed by (days)', 'deadlineMissedByDays', 10),
  H('Bygger på antatt forsinkelse', 'Rests on assumed delay', 'dependsOnAssumedDelay', 8),
  H('Årsak', 'Cause', 'causes', 36),
  H('Fordelt på årsaker', 'Slip by cause', 'causeShares', 48),
  H('Samvirke', 'Combination', 'combination', 10),
  H('Drivende kjede', 'Driving chain', 'drivingChain', 60),
  H('Udatert: vindu før → etter', 'Undated: window before → after', 'window', 36),
];

type Affected = ImpactShape['affected'][number];

/** "Forsinkelse Persontjenesten 56 d; Schrems II-dommen 90 d (antatt, 30 d absorbert)". */
function sharesText(a: Affected, names: Map<string, string>, locale: Locale): string {
  const nb = locale === 'nb';
  return a.causeShares
    .map((s) => {
      const who =
        s.cause.kind === 'delay'
          ? `${nb ? 'Forsinkelse' : 'Delay'} ${names.get(s.cause.itemId) ?? s.cause.itemId}`
          : (names.get(s.cause.riskId) ?? s.cause.riskId);
      const notes = [
        ...(s.assumed ? [nb ? 'antatt' : 'assumed'] : []),
        ...(s.absorbedDays > 0 ? [`${s.absorbedDays} d ${nb ? 'absorbert' : 'absorbed'}`] : []),
        ...(s.driving ? [] : [nb ? 'ikke drivende' : 'not driving']),
      ];
      return `${who} ${s.days} d${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
    })
    .join('; ');
}

/** The chain from its cause: "Schrems II-dommen (90 d, antatt) + forsinkelse 56 d → Persontjenesten (+146) → …". */
function chainText(a: Affected, names: Map<string, string>, locale: Locale): string {
  const origin = a.chainOrigin.causes.map((c) => causeText(c, names, locale)).join(' + ');
  const links = a.drivingChain.map((l) => `${names.get(l.itemId) ?? l.itemId} (+${l.slipDays})`).join(' → ');
  return origin ? `${origin} → ${links}` : links;
}

function windowText(a: Affected, locale: Locale): string | null {
  if (a.window === null) return null;
  const one = (w: NonNullable<Affected['window']>['before']) =>
    w.notBefore
      ? `${locale === 'nb' ? 'tidligst etter' : 'not before the end of'} ${formatPrecisionDate(w.notBefore.date.date, locale)}`
      : w.neededBy
        ? `${locale === 'nb' ? 'trengs innen' : 'needed by'} ${formatPrecisionDate(w.neededBy.date.date, locale)}`
        : locale === 'nb'
          ? 'udatert'
          : 'undated';
  return `${one(a.window.before)} → ${one(a.window.after)}`;
}

const label = (d: DayView, locale: Locale) => formatPrecisionDate(d.date, locale);

function causeText(
  c: ImpactShape['affected'][number]['causes'][number],
  names: Map<string, string>,
  locale: Locale,
): string {
  const days = locale === 'nb' ? 'dager' : 'days';
  if (c.kind === 'delay')
    return locale === 'nb' ? `Forsinkelse ${c.days} ${days}` : `Delay ${c.days} ${days}`;
  const assumed = c.assumed ? (locale === 'nb' ? ', antatt' : ', assumed') : '';
  return `${locale === 'nb' ? 'Risiko' : 'Risk'}: ${names.get(c.riskId) ?? c.riskId} (${c.days} ${days}${assumed})`;
}

export function impactTables(data: ImpactExportData, locale: Locale): Table[] {
  const { result, names } = data;
  // An undated item gets no dates in the table (they would be invented): its window says where it is.
  const dated = (a: Affected, d: DayView) => (a.undated ? null : label(d, locale));
  const datedDay = (a: Affected, d: DayView) => (a.undated ? null : day(d.iso));
  const affected: Cell[][] = result.affected.map((a) => [
    a.id,
    a.name,
    labelOf(ITEM_KIND, a.kind, locale),
    dated(a, a.oldStart),
    datedDay(a, a.oldStart),
    dated(a, a.newStart),
    datedDay(a, a.newStart),
    dated(a, a.oldEnd),
    datedDay(a, a.oldEnd),
    dated(a, a.newEnd),
    datedDay(a, a.newEnd),
    a.undated ? null : PRECISION[a.oldEnd.date.precision][locale],
    a.startSlipDays,
    a.slipDays,
    a.wasCritical,
    a.nowCritical,
    a.pastPeriodEnd,
    a.missedDeadline ? formatPrecisionDate(a.missedDeadline.deadline, locale) : null,
    a.missedDeadline ? a.missedDeadline.byDays : null,
    a.dependsOnAssumedDelay,
    a.causes.map((c) => causeText(c, names, locale)).join('; '),
    sharesText(a, names, locale),
    a.combination,
    chainText(a, names, locale),
    windowText(a, locale),
  ]);
  const assumptions: Cell[][] = result.assumptions.map((x) => [
    x.riskId,
    names.get(x.riskId) ?? x.riskId,
    x.itemId,
    names.get(x.itemId) ?? x.itemId,
    x.assumedDelayDays,
  ]);
  const nb = locale === 'nb';
  const request: Cell[][] = [
    ...data.request.delays.map((d): Cell[] => [
      nb ? 'forsinkelse' : 'delay',
      d.id,
      names.get(d.id) ?? d.id,
      d.days,
    ]),
    ...data.request.riskIds.map((id): Cell[] => [nb ? 'risiko' : 'risk', id, names.get(id) ?? id, null]),
    ...(data.request.riskDelays ?? []).map((r): Cell[] => [
      nb ? 'risiko, antatt forsinkelse' : 'risk, assumed delay',
      r.id,
      names.get(r.id) ?? r.id,
      r.days,
    ]),
    [nb ? 'modus' : 'mode', result.mode, null, null],
    [nb ? 'planslutt før' : 'plan end before', day(result.planEnd.before), null, null],
    [nb ? 'planslutt etter' : 'plan end after', day(result.planEnd.after), null, result.planEnd.slipDays],
  ];
  return [
    {
      name: nb ? 'Berørt' : 'Affected',
      columns: AFFECTED_COLUMNS.map((c) => ({ key: c.key, header: c[locale], width: c.width })),
      rows: affected,
    },
    {
      name: nb ? 'Antatte forsinkelser' : 'Assumed delays',
      columns: [
        { key: 'riskId', header: nb ? 'Risiko (id)' : 'Risk (id)', width: 20 },
        { key: 'risk', header: nb ? 'Risiko' : 'Risk', width: 36 },
        { key: 'itemId', header: nb ? 'Gjelder (id)' : 'Item (id)', width: 20 },
        { key: 'item', header: nb ? 'Gjelder' : 'Item', width: 36 },
        {
          key: 'assumedDelayDays',
          header: nb ? 'Antatt forsinkelse (dager)' : 'Assumed delay (days)',
          width: 12,
        },
      ],
      rows: assumptions,
    },
    {
      name: nb ? 'Spørsmål' : 'Question',
      columns: [
        { key: 'what', header: nb ? 'Hva' : 'What', width: 18 },
        { key: 'id', header: 'ID', width: 24 },
        { key: 'name', header: nb ? 'Navn' : 'Name', width: 36 },
        { key: 'days', header: nb ? 'Dager' : 'Days', width: 10 },
      ],
      rows: request,
    },
  ];
}
