// View 5, the details panel: every field of an item, owners, milestones, dependencies both ways and
// the sources each fact was taken from. Opened by ?item=<id> over any view.
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useRef } from 'react';
import { usePlannerToken } from '../../app/token';
import { navigate } from '../../app/url';
import { ItemLink } from '../../components/ItemLink';
import { initiativeKindName, kindMessageKey } from '../../components/kinds';
import { QueryState } from '../../components/QueryState';
import { STATUS_COLOURS, statusKey } from '../../components/status';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type MessageKey } from '../../i18n/messages';
import { type EntityDetails, EntityDetailsQuery } from './entityQuery';
import { SourceList } from './SourceList';

interface Ref {
  id: string;
  name: string;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function RefList({ title, items }: { title: string; items: readonly Ref[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <section>
      <h4>{title}</h4>
      <ul className="refs">
        {items.map((i) => (
          <li key={i.id}>
            <ItemLink id={i.id}>{i.name}</ItemLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface DependencyRow {
  id: string;
  kind: string;
  type: string;
  lagDays: number;
  inferred: boolean;
  from: Ref;
  to: Ref;
}

function DependencyList({
  title,
  deps,
  side,
}: {
  title: string;
  deps: readonly DependencyRow[] | undefined;
  side: 'from' | 'to';
}) {
  if (!deps || deps.length === 0) return null;
  return (
    <section>
      <h4>{title}</h4>
      <ul className="refs">
        {deps.map((d) => (
          <li key={d.id}>
            <ItemLink id={d[side].id}>{d[side].name}</ItemLink>{' '}
            <span className="muted small">
              {d.type}
              {d.lagDays ? ` ${d.lagDays > 0 ? '+' : ''}${d.lagDays} d` : ''} · {d.kind.toLowerCase()}
              {d.inferred ? ' · *' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DetailsPanel({ id, onEdit }: { id: string; onEdit(id: string, typename: string): void }) {
  const { t, locale } = useI18n();
  const token = usePlannerToken();
  const heading = useRef<HTMLHeadingElement>(null);
  const apiLocale = locale === 'nb' ? ('NB' as const) : ('EN' as const);
  // One query for the item and everything shown about it. Switching language refetches it; the panel
  // keeps showing the previous answer meanwhile.
  const { data, previousData, loading, error, refetch } = useQuery(EntityDetailsQuery, {
    variables: { id, locale: apiLocale },
  });
  const entity = (data ?? previousData)?.entity;
  const shownId = entity?.id;
  useEffect(() => {
    if (shownId) heading.current?.focus();
  }, [shownId]);

  return (
    <aside className="details" aria-labelledby="details-title" data-testid="details-panel">
      <div className="details-head">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          {entity?.name ?? t.detailsTitle}
        </h2>
        <button type="button" onClick={() => navigate({ item: null })} aria-label={t.close}>
          ✕
        </button>
      </div>
      <QueryState loading={loading} error={error} hasData={!!entity} onRetry={() => void refetch()}>
        {entity && (
          <div className="details-body">
            <p className="kind-line">
              <span className="badge">{t[kindMessageKey(entity.__typename)]}</span>
              {entity.__typename === 'Initiative' && <StatusBadge status={entity.status} />}
              {entity.inferred && <span className="badge muted">{t.inferred}</span>}
            </p>
            <div className="actions">
              {(entity.__typename === 'Initiative' || entity.__typename === 'Milestone') && token && (
                <button type="button" onClick={() => onEdit(entity.id, entity.__typename)}>
                  {t.edit}
                </button>
              )}
              <button type="button" onClick={() => navigate({ view: 'graph', roots: [entity.id] })}>
                {t.showInGraph}
              </button>
              {(entity.__typename === 'Initiative' ||
                entity.__typename === 'Milestone' ||
                entity.__typename === 'Risk') && (
                <button
                  type="button"
                  onClick={() =>
                    navigate(
                      entity.__typename === 'Risk'
                        ? { view: 'impact', risks: [entity.id], delays: null, scenario: null }
                        : { view: 'impact', delays: [`${entity.id}:4`], risks: null, scenario: null },
                    )
                  }
                >
                  {t.showImpact}
                </button>
              )}
            </div>
            <EntityFields entity={entity} />
            <section>
              <h4>{t.sources}</h4>
              <SourceList sources={entity.sources} />
            </section>
          </div>
        )}
      </QueryState>
    </aside>
  );
}

function StatusBadge({ status }: { status: string | null }) {
  const { t } = useI18n();
  const key = statusKey(status);
  const colour = STATUS_COLOURS[key];
  return (
    <span
      className="badge"
      style={{ background: colour.fill, color: colour.text, borderColor: colour.border }}
    >
      {key === 'UNKNOWN' ? t.statusUnknown : t[`status${key}` as MessageKey]}
    </span>
  );
}

function EntityFields({ entity }: { entity: EntityDetails }) {
  const { t, locale } = useI18n();
  switch (entity.__typename) {
    case 'Initiative':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldId}>{entity.id}</Row>
            <Row label={t.fieldKind}>{initiativeKindName(entity.kind, locale)}</Row>
            <Row label={t.fieldStart}>{entity.start?.label}</Row>
            <Row label={t.fieldEnd}>{entity.end?.label}</Row>
            <Row label={t.fieldPeriodText}>{entity.periodText}</Row>
            <Row label={t.fieldPhase}>{entity.phase}</Row>
            <Row label={t.fieldRisk}>{entity.risk}</Row>
            <Row label={t.fieldService}>{entity.service}</Row>
            <Row label={t.fieldBudget}>
              {entity.budget != null
                ? `${new Intl.NumberFormat(locale === 'nb' ? 'nb-NO' : 'en-GB').format(entity.budget)} kr${entity.budgetYear ? ` (${entity.budgetYear})` : ''}`
                : null}
            </Row>
            <Row label={t.fieldAliases}>{entity.aliases.join(', ')}</Row>
            <Row label={t.fieldDescription}>{entity.description}</Row>
            <Row label={t.fieldNote}>{entity.note}</Row>
            <Row label={t.fieldVersion}>{entity.version}</Row>
          </dl>
          <RefList title={t.owners} items={entity.owners} />
          <RefList title={t.participants} items={entity.participants} />
          <RefList title={t.partOf} items={entity.partOf} />
          <RefList title={t.parts} items={entity.parts} />
          {entity.milestones.length > 0 && (
            <section>
              <h4>{t.milestones}</h4>
              <ul className="refs">
                {entity.milestones.map((m) => (
                  <li key={m.id}>
                    ◆ <ItemLink id={m.id}>{m.name}</ItemLink>{' '}
                    <span className="muted small">
                      {m.date?.label} · {m.status.toLowerCase()}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <DependencyList title={t.dependsOn} deps={entity.dependsOn} side="to" />
          <DependencyList title={t.dependents} deps={entity.dependents} side="from" />
          <RiskList risks={entity.risks} />
          <RefList title={t.kindGoal} items={entity.goals} />
          {entity.discussedIn.length > 0 && (
            <section>
              <h4>{t.discussedIn}</h4>
              <ul className="refs saker">
                {entity.discussedIn.map((s) => (
                  <li key={s.id}>
                    <ItemLink id={s.id}>
                      {s.number} {s.title}
                    </ItemLink>{' '}
                    <span className="muted small">
                      {s.meeting.map((m) => `${m.name}${m.date ? `, ${m.date.label}` : ''}`).join('; ')}
                    </span>
                    {s.decision && (
                      <p className="decision">
                        <strong>{t.decision}:</strong> {s.decision}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      );
    case 'Milestone':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldId}>{entity.id}</Row>
            <Row label={t.fieldDate}>
              {entity.date?.label}
              {entity.dateText ? ` («${entity.dateText}»)` : ''}
            </Row>
            <Row label={t.fieldStatus}>{entity.milestoneStatus.toLowerCase()}</Row>
            <Row label={t.fieldAliases}>{entity.aliases.join(', ')}</Row>
            <Row label={t.fieldDescription}>{entity.description}</Row>
            <Row label={t.fieldNote}>{entity.note}</Row>
            <Row label={t.fieldVersion}>{entity.version}</Row>
          </dl>
          <RefList title={t.kindInitiative} items={entity.initiative} />
          <DependencyList title={t.dependsOn} deps={entity.dependsOn} side="to" />
          <DependencyList title={t.dependents} deps={entity.dependents} side="from" />
          <RiskList risks={entity.risks} />
        </>
      );
    case 'Risk':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldId}>{entity.id}</Row>
            <Row label={t.fieldKind}>{entity.riskKind.toLowerCase().replace('_', ' ')}</Row>
            <Row label={t.fieldDate}>{entity.date?.label}</Row>
            <Row label={t.fieldDescription}>{entity.description}</Row>
            <Row label={t.fieldNote}>{entity.note}</Row>
          </dl>
          {entity.affects.length > 0 && (
            <section>
              <h4>{t.affects}</h4>
              <ul className="refs">
                {entity.affects.map((a) => (
                  <li key={a.target.id}>
                    <ItemLink id={a.target.id}>{a.target.name}</ItemLink>{' '}
                    <span className="muted small">
                      {a.expectedDelayDays != null
                        ? format(t.delayDays, { n: a.expectedDelayDays })
                        : (a.delayText ?? '')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      );
    case 'Actor':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldId}>{entity.id}</Row>
            <Row label={t.fieldKind}>{entity.actorKind.toLowerCase()}</Row>
            <Row label={t.fieldAliases}>{entity.aliases.join(', ')}</Row>
            <Row label={t.fieldDescription}>{entity.description}</Row>
          </dl>
          <RefList title={t.owners} items={entity.owns} />
          <RefList title={t.participants} items={entity.participatesIn} />
        </>
      );
    case 'Condition':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldId}>{entity.id}</Row>
            <Row label={t.fieldKind}>{entity.conditionKind.toLowerCase()}</Row>
            <Row label={t.fieldState}>
              {t[`state${entity.state}` as MessageKey]}
              {entity.stateNote ? ` – ${entity.stateNote}` : ''}
            </Row>
            <Row label={t.fieldNote}>{entity.note}</Row>
          </dl>
          <DependencyList title={t.dependents} deps={entity.dependents} side="from" />
        </>
      );
    case 'Goal':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldName}>{entity.title}</Row>
            <Row label={t.fieldEnd}>{entity.deadline?.label}</Row>
            <Row label={t.fieldDescription}>{entity.target}</Row>
            <Row label={t.fieldNote}>{entity.conditionsText}</Row>
          </dl>
          <RefList title={t.kindInitiative} items={entity.tiltak} />
        </>
      );
    case 'AgendaItem':
      return (
        <>
          <dl className="facts">
            <Row label={t.kindAgendaItem}>{entity.number}</Row>
            <Row label={t.fieldName}>{entity.title}</Row>
            <Row label={t.proposedDecision}>{entity.proposedDecision}</Row>
            <Row label={t.decision}>{entity.decision}</Row>
          </dl>
          <RefList title={t.kindMeeting} items={entity.meeting} />
          <RefList title={t.kindInitiative} items={entity.concerns} />
        </>
      );
    case 'Meeting':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldDate}>{entity.meetingDate?.label}</Row>
            <Row label="Sted">{entity.place}</Row>
          </dl>
          <RefList
            title={t.discussedIn}
            items={entity.agenda.map((a) => ({ id: a.id, name: `${a.number} ${a.title}` }))}
          />
        </>
      );
    default:
      return (
        <dl className="facts">
          <Row label={t.fieldId}>{entity.id}</Row>
          <Row label={t.fieldNote}>{entity.note}</Row>
        </dl>
      );
  }
}

function RiskList({
  risks,
}: {
  risks: readonly { expectedDelayDays: number | null; delayText: string | null; risk: Ref }[];
}) {
  const { t } = useI18n();
  if (risks.length === 0) return null;
  return (
    <section>
      <h4>{t.risks}</h4>
      <ul className="refs">
        {risks.map((r) => (
          <li key={r.risk.id}>
            ⚠ <ItemLink id={r.risk.id}>{r.risk.name}</ItemLink>{' '}
            <span className="muted small">
              {r.expectedDelayDays != null
                ? format(t.delayDays, { n: r.expectedDelayDays })
                : (r.delayText ?? '')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
