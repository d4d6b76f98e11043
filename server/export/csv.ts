// RFC 4180 CSV: CRLF line ends, fields quoted when they hold the delimiter, a quote or a line break.
// A UTF-8 byte order mark first, so Excel reads æ, ø and å right; `;` for spreadsheets set up for
// Norwegian, where `,` is the decimal separator.
import { type Cell, isDayCell, type Table } from './table.js';

export type CsvDelimiter = ',' | ';';

function field(cell: Cell, delimiter: CsvDelimiter): string {
  if (cell === null) return '';
  const text = isDayCell(cell)
    ? cell.day
    : typeof cell === 'boolean'
      ? cell
        ? 'true'
        : 'false'
      : String(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table, delimiter: CsvDelimiter = ','): string {
  const lines = [
    table.columns.map((c) => field(c.header, delimiter)),
    ...table.rows.map((r) => r.map((c) => field(c, delimiter))),
  ];
  return `\uFEFF${lines.map((l) => l.join(delimiter)).join('\r\n')}\r\n`;
}
