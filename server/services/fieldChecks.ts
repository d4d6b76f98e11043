// Collecting input problems per field, so one VALIDATION error names every field that is wrong.
import { parsePrecisionDate } from '../domain/dates/index.js';
import { type FieldProblem, invalid } from '../errors.js';

export class FieldChecks {
  readonly list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  /** Free text: at most `max` characters; with `required`, neither empty nor null. */
  text(field: string, value: string | null | undefined, opts: { required?: boolean; max: number }): void {
    if (value === undefined) return;
    if (value === null || value.trim() === '') {
      if (opts.required) this.add(field, 'must not be empty');
      return;
    }
    if (value.length > opts.max) this.add(field, `at most ${opts.max} characters`);
  }

  /** A field that may be left out of an update but never cleared. */
  notNull(field: string, value: unknown): void {
    if (value === null) this.add(field, 'must not be null (leave it out to keep the current value)');
  }

  /** A list of strings: at most `maxItems` items of at most `maxLength` characters each. */
  textList(field: string, value: readonly string[] | null | undefined, maxItems: number, maxLength: number) {
    if (!value) return;
    if (value.length > maxItems) this.add(field, `at most ${maxItems} items`);
    value.forEach((v, i) => {
      if (v.length > maxLength) this.add(`${field}.${i}`, `at most ${maxLength} characters`);
    });
  }

  period(start: string | null | undefined, end: string | null | undefined): void {
    if (!start || !end) return;
    if (parsePrecisionDate(end).last < parsePrecisionDate(start).first) {
      this.add('end', `${end} is before the start ${start}`);
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw invalid(this.list);
  }
}
