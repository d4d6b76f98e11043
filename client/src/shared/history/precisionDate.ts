// A PrecisionDate value (day 2023-10-15, month 2023-10, quarter 2023-Q1, half-year 2022-H2, year
// 2029) as its first and last day, so a baseline's dates can be drawn. Pure.

export interface DayRange {
  first: string;
  last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastOfMonth = (y: number, m: number) => new Date(y, m, 0).getDate();
const range = (y: number, fromMonth: number, toMonth: number): DayRange => ({
  first: `${y}-${pad(fromMonth)}-01`,
  last: `${y}-${pad(toMonth)}-${pad(lastOfMonth(y, toMonth))}`,
});

export function precisionRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { first: value, last: value };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return range(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return range(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return range(Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  m = /^(\d{4})$/.exec(value);
  if (m) return range(Number(m[1]), 1, 12);
  return null;
}
