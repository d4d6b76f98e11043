// How a change set reads: its time in the user's language (Intl), its operation, and each changed
// field as before → after. Pure.
import type { Locale, Messages } from '../../i18n/messages';

/** Bookkeeping properties every edit changes; they say nothing to a reader. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'updatedAt',
  'updatedBy',
  'createdAt',
  'createdBy',
]);

const tag = (locale: Locale) => (locale === 'nb' ? 'nb-NO' : 'en-GB');

/** "6. des. 2026, 23:31" / "6 Dec 2026, 23:31". */
export function formatTimestamp(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "15. okt. 2025" for a day; other values as they are. */
export function formatDay(day: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

/** A field value (JSON text, null where absent) as a reader sees it: "—" for nothing. */
export function formatValue(json: string | null | undefined): string {
  if (json === null || json === undefined) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => String(v)).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function operationLabel(operation: string, t: Messages): string {
  const key = `op${operation}` as keyof Messages;
  return key in t ? t[key] : operation.toLowerCase().replace(/_/g, ' ');
}

export function actionLabel(action: string, t: Messages): string {
  const key = `action${action}` as keyof Messages;
  return key in t ? t[key] : action.toLowerCase();
}

export interface FieldChangeLike {
  field: string;
  before?: string | null;
  after?: string | null;
}

/** The fields worth showing, in the order the API gave them. */
export const visibleFields = <F extends FieldChangeLike>(fields: readonly F[]): F[] =>
  fields.filter((f) => !HIDDEN_FIELDS.has(f.field));

/** "+45 d", "−10 d", "±0 d". */
export function varianceLabel(days: number): string {
  if (days > 0) return `+${days} d`;
  if (days < 0) return `−${Math.abs(days)} d`;
  return '±0 d';
}

/** A property's name as the details panel calls it ("Fase"); its own name when it has none. */
const FIELD_KEYS: Readonly<Record<string, keyof Messages>> = {
  name: 'fieldName',
  kind: 'fieldKind',
  status: 'fieldStatus',
  risk: 'fieldRisk',
  phase: 'fieldPhase',
  start: 'fieldStart',
  end: 'fieldEnd',
  date: 'fieldDate',
  periodText: 'fieldPeriodText',
  budget: 'fieldBudget',
  service: 'fieldService',
  description: 'fieldDescription',
  aliases: 'fieldAliases',
  note: 'fieldNote',
  lagDays: 'dependencyLag',
  type: 'dependencyType',
};

export function fieldLabel(field: string, t: Messages): string {
  const key = FIELD_KEYS[field];
  return key ? t[key] : field;
}

/** Provenance, not plan: which paper lines a fact cites. Left out of what a reader is shown. */
const PROVENANCE: ReadonlySet<string> = new Set(['CITES', 'IN_DOCUMENT']);

/** The changes a reader is shown: everything but the provenance links (CITES to source lines). */
export function visibleChanges<C extends { kind: string; label: string }>(changes: readonly C[]): C[] {
  return changes.filter((c) => !(c.kind === 'relationship' && PROVENANCE.has(c.label)));
}

const RELATIONSHIP_WORDS: Record<string, Record<Locale, string>> = {
  OWNS: { nb: 'eier', en: 'owns' },
  PARTICIPATES_IN: { nb: 'deltar i', en: 'takes part in' },
  HAS_MILESTONE: { nb: 'har milepæl', en: 'has milestone' },
  PART_OF: { nb: 'del av', en: 'part of' },
  SUCCEEDS: { nb: 'erstatter', en: 'succeeds' },
  CONTRIBUTES_TO: { nb: 'bidrar til', en: 'contributes to' },
  DEPENDS_ON: { nb: 'avhenger av', en: 'depends on' },
  AFFECTS: { nb: 'rammer', en: 'affects' },
  DISCUSSED_IN: { nb: 'drøftet i', en: 'discussed in' },
  ON_AGENDA_OF: { nb: 'sak i', en: 'on the agenda of' },
  PRESENTED_IN: { nb: 'lagt fram i', en: 'presented in' },
  HAS_STATUS: { nb: 'har status', en: 'has status' },
  HAS_ACTIVITY: { nb: 'har aktivitet', en: 'has activity' },
};

/** A relationship type in words ("avhenger av"); an unknown type as it is. */
export function relationshipWords(type: string, locale: Locale): string {
  return RELATIONSHIP_WORDS[type]?.[locale] ?? type;
}
