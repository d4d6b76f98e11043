// The fields of one item in the details panel, laid out per kind: facts, related items, milestones,
// dependencies both ways, risks, saker.
import type { ReactNode } from 'react';
import { ItemLink } from '../../components/ItemLink';
import { initiativeKindName } from '../../components/kinds';
import {
  ACTOR_KIND,
  CONDITION_KIND,
  DEPENDENCY_KIND,
  MILESTONE_STATUS,
  RISK_KIND,
  wordOf,
} from '../../components/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type MessageKey } from '../../i18n/messages';
import type { EntityDetails } from './entityQuery';

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

/** Marks a link the papers do not state outright but the seed concludes (its note says why). */
function InferredMark({ inferred }: { inferred: boolean }) {
  const { t } = useI18n();
  if (!inferred) return null;
  return (
    <>
      {' · '}
      <abbr title={t.inferred}>{t.inferredLink}</abbr>
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
  version: number;
  from: Ref;
  to: Ref;
}

/** A planner's delete of one dependency (absent for readers). */
export type DeleteDependency = (dependency: DependencyRow) => void;

function DependencyList({
  title,
  deps,
  side,
  onDelete,
}: {
  title: string;
  deps: readonly DependencyRow[] | undefined;
  side: 'from' | 'to';
  onDelete?: DeleteDependency | undefined;
}) {
  const { t, locale } = useI18n();
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
              {d.lagDays ? ` ${d.lagDays > 0 ? '+' : ''}${d.lagDays} d` : ''} ·{' '}
              {wordOf(DEPENDENCY_KIND, d.kind, locale).toLowerCase()}
              <InferredMark inferred={d.inferred} />
            </span>
            {onDelete && (
              <button
                type="button"
                className="linklike small danger-text"
                aria-label={format(t.deleteDependencyAria, { from: d.from.name, to: d.to.name })}
                onClick={() => onDelete(d)}
              >
                {t.delete}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an item depends on and what depends on it. */
function DependencyLists({
  entity,
  onDelete,
}: {
  entity: { dependsOn: readonly DependencyRow[]; dependents: readonly DependencyRow[] };
  onDelete?: DeleteDependency | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <DependencyList onDelete={onDelete} title={t.dependsOn} deps={entity.dependsOn} side="to" />
      <DependencyList onDelete={onDelete} title={t.dependents} deps={entity.dependents} side="from" />
    </>
  );
}

export function EntityFields({
  entity,
  onDeleteDependency,
}: {
  entity: EntityDetails;
  onDeleteDependency?: DeleteDependency | undefined;
}) {
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
                      {m.date?.label} · {wordOf(MILESTONE_STATUS, m.status, locale).toLowerCase()}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <DependencyLists entity={entity} onDelete={onDeleteDependency} />
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
            <Row label={t.fieldStatus}>{wordOf(MILESTONE_STATUS, entity.milestoneStatus, locale)}</Row>
            <Row label={t.fieldAliases}>{entity.aliases.join(', ')}</Row>
            <Row label={t.fieldDescription}>{entity.description}</Row>
            <Row label={t.fieldNote}>{entity.note}</Row>
            <Row label={t.fieldVersion}>{entity.version}</Row>
          </dl>
          <RefList title={t.kindInitiative} items={entity.initiative} />
          <DependencyLists entity={entity} onDelete={onDeleteDependency} />
          <RiskList risks={entity.risks} />
        </>
      );
    case 'Risk':
      return (
        <>
          <dl className="facts">
            <Row label={t.fieldId}>{entity.id}</Row>
            <Row label={t.fieldKind}>{wordOf(RISK_KIND, entity.riskKind, locale)}</Row>
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
                      <InferredMark inferred={a.inferred} />
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
            <Row label={t.fieldKind}>{wordOf(ACTOR_KIND, entity.actorKind, locale)}</Row>
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
            <Row label={t.fieldKind}>{wordOf(CONDITION_KIND, entity.conditionKind, locale)}</Row>
            <Row label={t.fieldState}>
              {t[`state${entity.state}` as MessageKey]}
              {entity.stateNote ? ` – ${entity.stateNote}` : ''}
            </Row>
            <Row label={t.fieldNote}>{entity.note}</Row>
          </dl>
          <DependencyList
            onDelete={onDeleteDependency}
            title={t.dependents}
            deps={entity.dependents}
            side="from"
          />
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
  risks: readonly {
    expectedDelayDays: number | null;
    delayText: string | null;
    inferred: boolean;
    risk: Ref;
  }[];
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
              <InferredMark inferred={r.inferred} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
