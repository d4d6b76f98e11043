// A table as the spreadsheet exports write it: named columns and typed cells. The roadmap and the
// impact result are turned into Tables once; csv.ts and xlsx.ts only serialise them.

/** A calendar day (ISO); XLSX writes it as a date cell, CSV as its ISO text. */
export interface DayCell {
  day: string;
}

export type Cell = string | number | boolean | null | DayCell;

export interface Column {
  /** Stable key (English, for scripts); the header is in the export's language. */
  key: string;
  header: string;
  /** Width in characters for XLSX. */
  width?: number;
}

export interface Table {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  columns: Column[];
  rows: Cell[][];
}

export const isDayCell = (c: Cell): c is DayCell => typeof c === 'object' && c !== null && 'day' in c;

export const day = (iso: string | null | undefined): Cell => (iso ? { day: iso } : null);
