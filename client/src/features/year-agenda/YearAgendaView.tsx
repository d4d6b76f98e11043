// View 4, the NUIT year: the tiltak for a chosen year per veikart goal, answering "Kan tiltakene
// gjennomføres som planlagt?": each with its verdict and its own reasons, what it depends on and the
// state of that, open risks, and the saker and vedtak about it. The verdict counts filter the tables
// (?verdict=at-risk); the tables flow with the page (no boxes that scroll inside it).
import { useQuery } from '@apollo/client/react';
import { hrefWith, navigate, useSearchParams } from '../../app/url';
import { ItemLink } from '../../components/ItemLink';
import { QueryState } from '../../components/QueryState';
import { STATUS_COLOURS, statusKey } from '../../components/status';
import { DEPENDENCY_STATE, enumValueName, VERDICT } from '../../components/vocabulary';
import { graphql, type ResultOf } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { type ExportChoice, ExportMenu } from '../../shared/export/ExportMenu';
import { yearAgendaExportUrl } from '../../shared/export/exportUrls';

export const AgendaYearsQuery = graphql(`
  query AgendaYears {
    agendaYears
  }
`);

const ReasonChangeFields = graphql(`
  fragment ReasonChangeFields on ReasonChange {
    changeSetId
    seq
    by
  }
`);

export const YearAgendaQuery = graphql(
  `
  query YearAgenda($year: Int!, $locale: Locale) {
    yearAgenda(year: $year) {
      year
      question
      summary {
        verdict
        count
      }
      goals {
        goal {
          id
          name
          target
          deadline {
            label(locale: $locale)
          }
        }
        tiltak {
          activity
          verdict
          projectedSlipDays
          dateMoves {
            moves
            repeated
            sinceYear
            sincePrevious {
              text
            }
            sinceFirst {
              text
            }
            evidence {
              id
            }
          }
          reasons {
            text
            kind
            change {
              ...ReasonChangeFields
            }
          }
          tiltak {
            id
            name
            status
            start {
              label(locale: $locale)
            }
            end {
              label(locale: $locale)
            }
            owners {
              id
              name
            }
          }
          dependencies {
            state
            reason {
              text
              change {
                ...ReasonChangeFields
              }
            }
            dependency {
              id
              to {
                __typename
                id
                name
              }
            }
          }
          risks {
            expectedDelayDays
            delayText
            risk {
              id
              name
            }
          }
          saker {
            id
            number
            title
            decision
            meeting {
              id
              name
            }
          }
        }
      }
    }
  }
`,
  [ReasonChangeFields],
);

/**
 * The change that caused a reason (the edit that moved the dates or made the link): a link to the
 * tiltak's Historikk tab, where that change set is listed with before → after.
 */
function ChangeLink({ change, itemId }: { change: { seq: number; by: string } | null; itemId: string }) {
  const { t } = useI18n();
  if (!change) return null;
  return (
    <a
      className="change-link"
      data-testid="reason-change"
      href={hrefWith({ item: itemId, tab: 'history' })}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate({ item: itemId, tab: 'history' });
      }}
    >
      ({t.reasonChangeLink} #{change.seq}, {change.by})
    </a>
  );
}

const VERDICT_CLASS: Record<(typeof VERDICT.codes)[number], string> = {
  'as-planned': 'ok',
  'at-risk': 'warn',
  'not-as-planned': 'bad',
};
/** A verdict's words (the vocabulary's) and badge class, by its GraphQL spelling. */
const VERDICT_TEXT: Record<string, { nb: string; en: string; className: string }> = Object.fromEntries(
  VERDICT.codes.map((code) => [
    enumValueName(VERDICT, code),
    { ...VERDICT.labels[code], className: VERDICT_CLASS[code] },
  ]),
);
/** A dependency state's words, lower case inside the row, by its GraphQL spelling. */
const stateText = (state: string, locale: 'nb' | 'en'): string => {
  const code = DEPENDENCY_STATE.codes.find((c) => enumValueName(DEPENDENCY_STATE, c) === state);
  return code
    ? DEPENDENCY_STATE.labels[code][locale].toLocaleLowerCase(locale === 'nb' ? 'nb-NO' : 'en-GB')
    : state;
};
const STATE_CLASS: Record<string, string> = {
  MET: 'ok',
  ON_TRACK: 'ok',
  AT_RISK: 'warn',
  DELAYED: 'bad',
  NOT_MET: 'bad',
  UNKNOWN: 'muted',
};

type AgendaData = NonNullable<ResultOf<typeof YearAgendaQuery>['yearAgenda']>;
type AgendaRow = AgendaData['goals'][number]['tiltak'][number];

/** The optional columns, each shown only when some row shown has something in it. */
const OPTIONAL_COLUMNS = ['activity', 'dependencies', 'risks', 'saker'] as const;
type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
const HAS: Record<OptionalColumn, (row: AgendaRow) => boolean> = {
  activity: (row) => !!row.activity,
  dependencies: (row) => row.dependencies.length > 0,
  risks: (row) => row.risks.length > 0,
  saker: (row) => row.saker.length > 0,
};

/** The verdict the URL filters on (?verdict=at-risk), as its GraphQL spelling; null for all. */
function verdictFilter(value: string | null): string | null {
  const code = VERDICT.codes.find((c) => c === value);
  return code ? enumValueName(VERDICT, code) : null;
}
const verdictCode = (graphqlName: string) =>
  VERDICT.codes.find((c) => enumValueName(VERDICT, c) === graphqlName) ?? null;

/**
 * NUIT's question and the verdict counts, which filter the tables: a count pressed shows only its
 * tiltak, pressed again (or "Alle") shows all.
 */
function VerdictChips({ data, active }: { data: AgendaData; active: string | null }) {
  const { t, locale } = useI18n();
  const total = data.summary.reduce((n, s) => n + s.count, 0);
  return (
    <fieldset className="summary-cards">
      <legend className="sr-only">{t.yearFilterLabel}</legend>
      <span className="card question">{data.question}</span>
      <button
        type="button"
        className="card chip"
        aria-pressed={active === null}
        onClick={() => navigate({ verdict: null })}
      >
        {t.yearAllVerdicts}: <strong>{total}</strong>
      </button>
      {data.summary.map((s) => {
        const words = VERDICT_TEXT[s.verdict] ?? { nb: s.verdict, en: s.verdict, className: '' };
        const pressed = active === s.verdict;
        return (
          <button
            type="button"
            key={s.verdict}
            className={`card chip ${words.className}`}
            aria-pressed={pressed}
            disabled={s.count === 0}
            onClick={() => navigate({ verdict: pressed ? null : verdictCode(s.verdict) })}
          >
            {words[locale]}: <strong>{s.count}</strong>
          </button>
        );
      })}
    </fieldset>
  );
}

/** The tiltak's own reasons for its verdict, each with the change that caused it. */
function Reasons({ row }: { row: AgendaRow }) {
  return (
    <ul className="refs reasons">
      {row.reasons.map((r) => (
        <li
          key={r.text}
          className={r.kind === 'NONE' ? 'muted' : r.kind === 'DATES' ? 'bad' : undefined}
          data-testid={r.kind === 'DATES' ? 'date-reason' : 'reason'}
        >
          {r.text} <ChangeLink change={r.change} itemId={row.tiltak.id} />
        </li>
      ))}
    </ul>
  );
}

function TiltakCell({ row }: { row: AgendaRow }) {
  const { t, locale } = useI18n();
  const colour = STATUS_COLOURS[statusKey(row.tiltak.status)];
  const verdict = VERDICT_TEXT[row.verdict] ?? { nb: row.verdict, en: row.verdict, className: '' };
  return (
    <th scope="row">
      <span
        className="swatch"
        style={{ background: colour.fill, borderColor: colour.border }}
        title={row.tiltak.status ?? t.statusUnknown}
      />
      <ItemLink id={row.tiltak.id}>{row.tiltak.name}</ItemLink>
      <div className="small muted">
        {row.tiltak.owners.map((o) => o.name).join(', ')}
        {row.tiltak.start || row.tiltak.end
          ? ` · ${[row.tiltak.start?.label, row.tiltak.end?.label].filter(Boolean).join(' – ')}`
          : ''}
      </div>
      <span className={`badge small ${verdict.className}`}>
        {verdict[locale]}
        {row.projectedSlipDays > 0 ? ` · +${row.projectedSlipDays} d` : ''}
      </span>
      {row.dateMoves && (
        <div className={`small ${row.dateMoves.repeated ? 'bad' : 'muted'}`} data-testid="date-moves">
          {row.dateMoves.moves === 0
            ? format(t.datesNotMoved, { n: row.dateMoves.evidence.length })
            : format(t.datesMovedSince, {
                n: row.dateMoves.moves,
                year: row.dateMoves.sinceYear ?? '–',
              })}
          {row.dateMoves.sincePrevious?.text
            ? ` · ${format(t.datesSincePrevious, { slip: row.dateMoves.sincePrevious.text })}`
            : ''}
          {row.dateMoves.moves > 0 && row.dateMoves.sinceFirst?.text
            ? ` · ${format(t.datesSinceFirst, { slip: row.dateMoves.sinceFirst.text })}`
            : ''}
        </div>
      )}
    </th>
  );
}

function OptionalCell({ column, row }: { column: OptionalColumn; row: AgendaRow }) {
  const { t, locale } = useI18n();
  switch (column) {
    case 'activity':
      return <td>{row.activity}</td>;
    case 'dependencies': {
      // A dependency's reason is already among the tiltak's reasons when it decides the verdict.
      const said = new Set(row.reasons.map((r) => r.text));
      return (
        <td>
          <ul className="refs">
            {row.dependencies.map((d) => (
              <li key={d.dependency.id}>
                <ItemLink id={d.dependency.to.id}>{d.dependency.to.name}</ItemLink>{' '}
                <span className={`badge small ${STATE_CLASS[d.state] ?? ''}`}>
                  {stateText(d.state, locale)}
                </span>
                {!said.has(d.reason.text) && (
                  <div className="small muted">
                    {d.reason.text} <ChangeLink change={d.reason.change} itemId={row.tiltak.id} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </td>
      );
    }
    case 'risks':
      return (
        <td>
          <ul className="refs">
            {row.risks.map((r) => (
              <li key={r.risk.id}>
                ⚠ <ItemLink id={r.risk.id}>{r.risk.name}</ItemLink>
              </li>
            ))}
          </ul>
        </td>
      );
    case 'saker':
      return (
        <td>
          <ul className="refs">
            {row.saker.map((s) => (
              <li key={s.id}>
                <ItemLink id={s.id}>
                  {s.number} {s.title}
                </ItemLink>
                {s.decision && (
                  <div className="small">
                    <strong>{t.decision}:</strong> {s.decision}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </td>
      );
  }
}

function GoalTables({ data, active }: { data: AgendaData; active: string | null }) {
  const { t } = useI18n();
  const goals = data.goals
    .map((g) => ({ ...g, tiltak: g.tiltak.filter((row) => active === null || row.verdict === active) }))
    .filter((g) => g.tiltak.length > 0);
  const shown = goals.flatMap((g) => g.tiltak);
  const columns = OPTIONAL_COLUMNS.filter((c) => shown.some(HAS[c]));
  const heading: Record<OptionalColumn, string> = {
    activity: t.yearActivity,
    dependencies: t.yearDependencies,
    risks: t.yearOpenRisks,
    saker: t.yearHistory,
  };
  if (shown.length === 0) return <p className="empty">{t.yearEmpty}</p>;
  return (
    <>
      {goals.map((g) => (
        <section key={g.goal?.id ?? '-'} className="goal">
          <h3>
            {g.goal ? <ItemLink id={g.goal.id}>{g.goal.name}</ItemLink> : t.laneNone}
            {g.goal?.deadline && <span className="muted small"> · {g.goal.deadline.label}</span>}
          </h3>
          <div className="agenda-wrap">
            <table className="agenda">
              <thead>
                <tr>
                  <th scope="col">{t.kindInitiative}</th>
                  {columns.includes('activity') && <th scope="col">{heading.activity}</th>}
                  <th scope="col">{t.yearReasons}</th>
                  {columns
                    .filter((c) => c !== 'activity')
                    .map((c) => (
                      <th key={c} scope="col">
                        {heading[c]}
                      </th>
                    ))}
                </tr>
              </thead>
              <tbody>
                {g.tiltak.map((row) => (
                  <tr key={row.tiltak.id} data-tiltak={row.tiltak.id} data-verdict={row.verdict}>
                    <TiltakCell row={row} />
                    {columns.includes('activity') && <OptionalCell column="activity" row={row} />}
                    <td>
                      <Reasons row={row} />
                    </td>
                    {columns
                      .filter((c) => c !== 'activity')
                      .map((c) => (
                        <OptionalCell key={c} column={c} row={row} />
                      ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

export function YearAgendaView() {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const years = useQuery(AgendaYearsQuery);
  const latest = years.data?.agendaYears[0];
  const year = Number(params.get('year')) || latest;
  const active = verdictFilter(params.get('verdict'));
  const agenda = useQuery(YearAgendaQuery, {
    variables: { year: year ?? 0, locale: locale === 'nb' ? 'NB' : 'EN' },
    skip: !year,
  });
  const data = agenda.data?.yearAgenda;

  return (
    <section className="view year-view" aria-labelledby="year-title">
      <div className="view-head">
        <h2 id="year-title">
          {t.yearTitle} {year ?? ''}
        </h2>
        <label>
          {t.yearPick}{' '}
          <select
            value={year ?? ''}
            onChange={(e) => navigate({ year: e.target.value })}
            disabled={!years.data}
          >
            {years.data?.agendaYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {year && (
          <ExportMenu
            testId="year-export"
            choices={(['pdf', 'docx', 'md', 'pptx'] as const).map(
              (f): ExportChoice => ({
                kind: 'server',
                id: f,
                label: { pdf: t.exportPdf, docx: t.exportDocx, md: t.exportMd, pptx: t.exportPptx }[f],
                url: yearAgendaExportUrl(f, year, locale),
                fallbackName: `saksunderlag-veikart-${year}.${f}`,
              }),
            )}
          />
        )}
      </div>
      <QueryState
        loading={years.loading || agenda.loading}
        error={years.error ?? agenda.error}
        hasData={!!data || (!!years.data && !latest)}
        onRetry={() => void (years.error ? years.refetch() : agenda.refetch())}
      >
        {!latest && years.data && <p className="empty">{t.yearEmpty}</p>}
        {data && (
          <>
            <VerdictChips data={data} active={active} />
            <GoalTables data={data} active={active} />
          </>
        )}
      </QueryState>
    </section>
  );
}
