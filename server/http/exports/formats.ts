// The files the exports send: one table of formats (MIME type per kind of file), the file names, and
// the one way a file leaves: whole, with its length (so a client can show progress) and never cached.
import type { Response } from 'express';
import type { Locale } from '../../domain/model/vocabulary.js';
import type { RoadmapArgs } from '../../services/roadmapView.js';

export const FORMATS = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type Format = keyof typeof FORMATS;

/** An export ready to send: its format, its file name and its content. */
export interface ExportFile {
  format: Format;
  name: string;
  body: string | Buffer;
  /** Further response headers (e.g. X-Page-Count of a paged picture). */
  headers?: Record<string, string>;
}

const byLocale = (locale: Locale, nb: string, en: string) => (locale === 'nb' ? nb : en);

/** The file names, e.g. veikart-2024-01-01_2024-12-31.xlsx. */
export const fileName = {
  roadmap: (a: RoadmapArgs, ext: string) => `veikart-${a.from}_${a.to}.${ext}`,
  milestones: (a: RoadmapArgs, locale: Locale) =>
    `veikart-${byLocale(locale, 'milepaeler', 'milestones')}-${a.from}_${a.to}.ics`,
  impact: (locale: Locale, date: string, ext: string) =>
    `veikart-${byLocale(locale, 'konsekvens', 'impact')}-${date}.${ext}`,
  yearAgenda: (locale: Locale, year: number, ext: string) =>
    `${byLocale(locale, 'saksunderlag', 'briefing')}-veikart-${year}.${ext}`,
  /** A filtered graph.json is named by its period, the whole graph by its date. */
  graph: (a: RoadmapArgs | null, date: string) =>
    a ? `veikart-graf-${a.from}_${a.to}.json` : `veikart-graf-${date}.json`,
};

/** The titles printed in the workbooks and documents. */
export const title = {
  roadmap: (locale: Locale) => byLocale(locale, 'Veikart', 'Veikart (roadmap)'),
  impact: (locale: Locale) => byLocale(locale, 'Veikart – konsekvens', 'Veikart – impact'),
};

export function sendFile(res: Response, file: ExportFile): void {
  const bytes = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
  res.status(200);
  res.setHeader('Content-Type', FORMATS[file.format]);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  res.setHeader('Content-Length', String(bytes.length));
  // The content depends on the caller's role and on data that changes: never cache it.
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(file.headers ?? {})) res.setHeader(name, value);
  res.end(bytes);
}
