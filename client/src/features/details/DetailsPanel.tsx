// View 5, the details panel: every field of an item, owners, milestones, dependencies both ways and
// the sources each fact was taken from. Opened by ?item=<id> over any view.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { usePlannerToken } from '../../app/token';
import { navigate, useSearchParams } from '../../app/url';
import { kindMessageKey } from '../../components/kinds';
import { QueryState } from '../../components/QueryState';
import { STATUS_COLOURS, statusKey } from '../../components/status';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { DeleteTarget } from '../../shared/history/deleteTarget';
import { DatesOverTime } from './DatesOverTime';
import { EntityFields } from './EntityFields';
import { EntityDetailsQuery } from './entityQuery';
import { ItemHistory } from './ItemHistory';
import { SourceList } from './SourceList';

const TABS = ['details', 'history'] as const;
type Tab = (typeof TABS)[number];

export function DetailsPanel({
  id,
  onEdit,
  onDelete,
}: {
  id: string;
  onEdit(id: string, typename: string): void;
  onDelete(target: DeleteTarget): void;
}) {
  const { t, locale } = useI18n();
  const token = usePlannerToken();
  const tab: Tab = useSearchParams().get('tab') === 'history' ? 'history' : 'details';
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
      <TabList tab={tab} />
      {tab === 'history' && (
        <div className="details-body" role="tabpanel" id="details-tab-history" aria-labelledby="tab-history">
          <ItemHistory id={id} />
        </div>
      )}
      <QueryState loading={loading} error={error} hasData={!!entity} onRetry={() => void refetch()}>
        {entity && tab === 'details' && (
          <div
            className="details-body"
            role="tabpanel"
            id="details-tab-details"
            aria-labelledby="tab-details"
          >
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
              {(entity.__typename === 'Initiative' || entity.__typename === 'Milestone') && token && (
                <button
                  type="button"
                  className="danger-outline"
                  onClick={() =>
                    onDelete({
                      kind: entity.__typename === 'Initiative' ? 'initiative' : 'milestone',
                      id: entity.id,
                      name: entity.name,
                    })
                  }
                >
                  {t.delete}
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
            <EntityFields
              entity={entity}
              onDeleteDependency={
                token
                  ? (d) =>
                      onDelete({
                        kind: 'dependency',
                        id: d.id,
                        version: d.version,
                        name: `${d.from.name} → ${d.to.name}`,
                        fromId: d.from.id,
                      })
                  : undefined
              }
            />
            {(entity.__typename === 'Initiative' || entity.__typename === 'Milestone') && (
              <DatesOverTime history={entity.dateHistory} />
            )}
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

/** Details | Historikk, as ARIA tabs: arrow keys move between them; the choice is kept in the URL. */
function TabList({ tab }: { tab: Tab }) {
  const { t } = useI18n();
  const label: Record<Tab, string> = { details: t.tabDetails, history: t.tabHistory };
  const select = (next: Tab) => navigate({ tab: next === 'details' ? null : next }, 'replace');
  return (
    <div className="tabs" role="tablist" aria-label={t.detailsTitle}>
      {TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`details-tab-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => select(name)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
            e.preventDefault();
            const next = TABS[
              (TABS.indexOf(name) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length
            ] as Tab;
            select(next);
            document.getElementById(`tab-${next}`)?.focus();
          }}
        >
          {label[name]}
        </button>
      ))}
    </div>
  );
}
