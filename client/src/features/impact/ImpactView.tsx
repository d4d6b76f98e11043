// View 3, "Hva forsinkes hvis …": pick items and risks, give delays in weeks, and see at once what
// slips and by how much: a table with each driving chain, ghost bars on a timeline, the chains in a
// graph, the critical path and missed deadlines. The saved scenarios (features/scenarios) are composed
// in by App.tsx: `scenarioTools` under the inputs, `scenarioComparison` above the results.
import { useQuery } from '@apollo/client/react';
import { type ReactNode, Suspense, useMemo } from 'react';
import { useSearchParams } from '../../app/url';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { type ExportChoice, ExportMenu } from '../../shared/export/ExportMenu';
import { isoToday } from '../../shared/export/exportLabels';
import { impactExportUrl } from '../../shared/export/exportUrls';
import { readImpactState, weeksToDays } from '../../shared/impactState';
import { ImpactInputs } from './ImpactInputs';
import { ImpactResults } from './ImpactResults';
import { ImpactQuery } from './impactQuery';

export function ImpactView({
  scenarioTools,
  scenarioComparison,
}: {
  scenarioTools?: ReactNode;
  scenarioComparison?: ReactNode;
} = {}) {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const state = useMemo(() => readImpactState(params), [params]);
  const hasInput = state.delays.length > 0 || state.risks.length > 0;
  const { data, previousData, loading, error, refetch } = useQuery(ImpactQuery, {
    variables: {
      delays: state.delays.map((d) => ({ id: d.id, days: weeksToDays(d.weeks) })),
      riskIds: state.risks,
      riskDelays: state.riskDelays,
      targetId: state.target,
      mode: state.mode,
      locale: locale === 'nb' ? 'NB' : 'EN',
    },
    skip: !hasInput,
  });
  const result = (data ?? previousData)?.impact;

  return (
    <section className="view impact-view" aria-labelledby="impact-title">
      <div className="view-head">
        <h2 id="impact-title">{t.impactTitle}</h2>
        <p className="summary">{t.impactIntro}</p>
        {hasInput && (
          <ExportMenu
            testId="impact-export"
            choices={(['csv', 'xlsx', 'pptx'] as const).map(
              (f): ExportChoice => ({
                kind: 'server',
                id: f,
                label: { csv: t.exportCsv, xlsx: t.exportXlsx, pptx: t.exportPptx }[f],
                url: impactExportUrl(f, state, locale),
                fallbackName: `veikart-konsekvens-${isoToday()}.${f}`,
              }),
            )}
          />
        )}
      </div>
      <div className="impact-layout">
        <ImpactInputs state={state}>
          <Suspense fallback={null}>{scenarioTools}</Suspense>
        </ImpactInputs>
        <div className="impact-results">
          {/* The comparison, when scenarios are ticked, comes first: it is what the planner asked for. */}
          <Suspense fallback={null}>{scenarioComparison}</Suspense>
          {!hasInput && <p className="empty">{t.impactIntro}</p>}
          {hasInput && (
            <QueryState loading={loading} error={error} hasData={!!result} onRetry={() => void refetch()}>
              {result && <ImpactResults result={result} state={state} />}
            </QueryState>
          )}
        </div>
      </div>
    </section>
  );
}
