// "Datoer over tid": for each of an item's start, end, date and status, every statement in time order —
// what each paper (or planner) said, at which meeting, in what precision, with the slip from the one
// before — and the sources, which open the paper at the cited lines.
import {
  BODY,
  codeFromAnySpelling,
  DATE_FIELD,
  DATE_STATEMENT_KIND,
  labelOf,
  MILESTONE_STATUS,
} from '../../components/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import type { EntityDetails } from './entityQuery';
import { SourceList } from './SourceList';

type Dated = Extract<NonNullable<EntityDetails>, { dateHistory: unknown }>;

export function DatesOverTime({ history }: { history: Dated['dateHistory'] }) {
  const { t, locale } = useI18n();
  if (history.length === 0) return null;
  const word = (vocab: Parameters<typeof labelOf>[0], value: string | null) =>
    value ? labelOf(vocab, codeFromAnySpelling(vocab, value), locale) : '';
  // "NUIT 7/2020 · 25. november 2020": the meeting as the papers name it, not its id.
  const dayFormat = new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const meetingText = (s: Dated['dateHistory'][number]['statements'][number]) => {
    const m = s.meeting;
    const name = m ? [word(BODY, m.body ?? null), m.number].filter(Boolean).join(' ') || m.name : s.meetingId;
    const day = s.meetingDate
      ? dayFormat.format(new Date(`${s.meetingDate}T00:00:00Z`))
      : t.datesMeetingUndated;
    return `${name ?? ''} · ${day}`;
  };
  return (
    <section className="dates-over-time" data-testid="dates-over-time">
      <h4>{t.datesOverTime}</h4>
      {history.map((h) => (
        <div key={h.field} className="date-field-history">
          <h5>
            {word(DATE_FIELD, h.field)}
            {h.moves > 0 && (
              <span className="muted">
                {' '}
                {format(h.moves === 1 ? t.datesMovedOnce : t.datesMoved, { n: h.moves })}
                {h.slipSinceFirst?.text ? ` (${h.slipSinceFirst.text})` : ''}
              </span>
            )}
          </h5>
          <ol className="date-statements">
            {h.statements.map((s) => (
              <li key={s.id} className={s.current ? 'current' : undefined} data-kind={s.kind}>
                <div className="statement-line">
                  <strong>
                    {s.date?.label ?? (s.status ? word(MILESTONE_STATUS, s.status) : t.datesNoNewDate)}
                  </strong>{' '}
                  <span className="badge">{word(DATE_STATEMENT_KIND, s.kind)}</span>
                  {s.slip?.text && s.slip.text !== '±0' && (
                    <span className={`slip ${(s.slip.days ?? 0) > 0 ? 'late' : 'early'}`}>
                      {' '}
                      {s.slip.text}
                    </span>
                  )}
                  {s.current && <span className="badge current"> {t.datesCurrent}</span>}
                  {s.inferred && <span className="badge muted"> {t.inferred}</span>}
                </div>
                <div className="small muted">
                  {s.by
                    ? format(t.datesEditedBy, { by: s.by, at: (s.at ?? '').slice(0, 10) })
                    : meetingText(s)}
                  {s.date?.writtenAs ? ` · «${s.date.writtenAs}»` : s.text && !s.by ? ` · «${s.text}»` : ''}
                </div>
                {s.sources.length > 0 && <SourceList sources={s.sources} />}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
