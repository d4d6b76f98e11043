// Milestones as an iCalendar feed (RFC 5545). A milestone is an all-day event covering the period its
// date names: "2023-10-15" one day, "2023-Q1" the whole quarter; the canonical date and precision
// are kept in X-VEIKART-DATE / X-VEIKART-PRECISION so nothing of the paper's precision is lost.
import { formatPrecisionDate, parsePrecisionDate, toDayNumber, toIsoDay } from '../domain/dates/index.js';
import type { RoadmapExportData } from '../services/roadmapRows.js';
import { type Locale, labelOf, PRECISION, STATUS } from './labels.js';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basicDay = (iso: string) => iso.replace(/-/g, '');

export interface IcsOptions {
  /** The export date (ISO day), written as DTSTAMP. */
  date: string;
}

export function milestonesIcs(data: RoadmapExportData, locale: Locale, options: IcsOptions): string {
  const nb = locale === 'nb';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Veikart//Veikart ${nb ? 'milepæler' : 'milestones'}//${nb ? 'NB' : 'EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(nb ? 'Veikart – milepæler' : 'Veikart – milestones')}`,
  ];
  const stamp = `${basicDay(options.date)}T000000Z`;
  for (const lane of data.lanes) {
    for (const row of lane.rows) {
      if (row.kind !== 'milestone' || !row.start) continue;
      const date = parsePrecisionDate(row.start.text);
      const when = formatPrecisionDate(date, locale);
      const description = [
        `${nb ? 'Dato' : 'Date'}: ${when} (${PRECISION[date.precision][locale]})`,
        row.initiativeName ? `${nb ? 'Tiltak' : 'Initiative'}: ${row.initiativeName}` : null,
        row.status ? `Status: ${labelOf(STATUS, row.status, locale)}` : null,
        row.owners.length ? `${nb ? 'Eiere' : 'Owners'}: ${row.owners.join(', ')}` : null,
        row.dependencies.length
          ? `${nb ? 'Avhenger av' : 'Depends on'}: ${row.dependencies.map((d) => d.targetName).join(', ')}`
          : null,
      ].filter((x): x is string => x !== null);
      const summary = date.precision === 'day' ? row.name : `${row.name} (${when})`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${row.id}@veikart`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${basicDay(row.start.first)}`,
        `DTEND;VALUE=DATE:${basicDay(toIsoDay(toDayNumber(row.start.last) + 1))}`,
        `SUMMARY:${escapeText(summary)}`,
        `DESCRIPTION:${escapeText(description.join('\n'))}`,
        `CATEGORIES:${escapeText(lane.label)}`,
        `STATUS:${row.status === 'cancelled' ? 'CANCELLED' : date.precision === 'day' ? 'CONFIRMED' : 'TENTATIVE'}`,
        'TRANSP:TRANSPARENT',
        `X-VEIKART-DATE:${row.start.text}`,
        `X-VEIKART-PRECISION:${date.precision}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
