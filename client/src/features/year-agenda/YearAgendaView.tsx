// View 4, the NUIT year: the tiltak for a chosen year per veikart goal, each with its status, what it
// depends on and whether that is at risk, open risks, and the saker and vedtak about it.
import { useQuery } from '@apollo/client/react';
import { hrefWith, navigate, useSearchParams } from '../../app/url';
import { ItemLink } from '../../components/ItemLink';
import { QueryState } from '../../components/QueryState';
import { STATUS_COLOURS, statusKey } from '../../components/status';
import { DEPENDENCY_STATE, enumValueName, VERDICT } from '../../components/vocabulary';
import { graphql } from '../../gql/graphql';
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
            nb
            en
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
              nb
              en
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

export function YearAgendaView() {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const years = useQuery(AgendaYearsQuery);
  const latest = years.data?.agendaYears[0];
  const year = Number(params.get('year')) || latest;
  const agenda = useQuery(YearAgendaQuery, {
    variables: { year: year ?? 0, locale: locale === 'nb' ? 'NB' : 'EN' },
    skip: !year,
  });
  const data = agenda.data?.yearAgenda;
  const verdict = (v: string) => VERDICT_TEXT[v] ?? { nb: v, en: v, className: '' };

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
            choices={(['pdf', 'md', 'pptx'] as const).map(
              (f): ExportChoice => ({
                kind: 'server',
                id: f,
                label: { pdf: t.exportPdf, md: t.exportMd, pptx: t.exportPptx }[f],
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
            <p className="summary-cards" role="status">
              <span className="card">{data.question}</span>
              {data.summary.map((s) => (
                <span key={s.verdict} className={`card ${verdict(s.verdict).className}`}>
                  {verdict(s.verdict)[locale]}: <strong>{s.count}</strong>
                </span>
              ))}
            </p>
            {data.goals.length === 0 && <p className="empty">{t.yearEmpty}</p>}
            {data.goals.map((g) => (
              <section key={g.goal?.id ?? '-'} className="goal">
                <h3>
                  {g.goal ? <ItemLink id={g.goal.id}>{g.goal.name}</ItemLink> : t.laneNone}
                  {g.goal?.deadline && <span className="muted small"> · {g.goal.deadline.label}</span>}
                </h3>
                <div className="table-wrap">
                  <table className="agenda">
                    <thead>
                      <tr>
                        <th scope="col">{t.kindInitiative}</th>
                        <th scope="col">{t.yearActivity}</th>
                        <th scope="col">{t.yearDependencies}</th>
                        <th scope="col">{t.yearOpenRisks}</th>
                        <th scope="col">{t.yearHistory}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {g.tiltak.map((row) => {
                        const colour = STATUS_COLOURS[statusKey(row.tiltak.status)];
                        return (
                          <tr key={row.tiltak.id} data-tiltak={row.tiltak.id}>
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
                              <span className={`badge small ${verdict(row.verdict).className}`}>
                                {verdict(row.verdict)[locale]}
                                {row.projectedSlipDays > 0 ? ` · +${row.projectedSlipDays} d` : ''}
                              </span>
                              {row.dateMoves && (
                                <div
                                  className={`small ${row.dateMoves.repeated ? 'bad' : 'muted'}`}
                                  data-testid="date-moves"
                                >
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
                              {row.reasons
                                .filter((r) => r.kind === 'DATES')
                                .map((r) => (
                                  <div key={r.nb} className="small bad" data-testid="date-reason">
                                    {r[locale]} <ChangeLink change={r.change} itemId={row.tiltak.id} />
                                  </div>
                                ))}
                            </th>
                            <td>{row.activity}</td>
                            <td>
                              <ul className="refs">
                                {row.dependencies.map((d) => (
                                  <li key={d.dependency.id}>
                                    <ItemLink id={d.dependency.to.id}>{d.dependency.to.name}</ItemLink>{' '}
                                    <span className={`badge small ${STATE_CLASS[d.state] ?? ''}`}>
                                      {stateText(d.state, locale)}
                                    </span>
                                    <div className="small muted">
                                      {d.reason[locale]}{' '}
                                      <ChangeLink change={d.reason.change} itemId={row.tiltak.id} />
                                    </div>
                                  </li>
                                ))}
                              </ul>
                            </td>
                            <td>
                              <ul className="refs">
                                {row.risks.map((r) => (
                                  <li key={r.risk.id}>
                                    ⚠ <ItemLink id={r.risk.id}>{r.risk.name}</ItemLink>
                                  </li>
                                ))}
                              </ul>
                            </td>
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
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </section>
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}
