// Grunnlinjer: save the plan as it is now under a name (planners), list and delete the saved ones,
// show one on the timeline as ghost bars, and compare a baseline with another or with the plan now.
// The comparison is in the URL (?view=baselines&baseA=<id>&baseB=<id>).
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { usePlannerToken } from '../../app/token';
import { navigate, useSearchParams } from '../../app/url';
import { type ApiError, describeApiErrors } from '../../components/apiErrors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBox, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { formatTimestamp } from '../../shared/history/changeFormat';
import { type BaselineSummary, BaselinesQuery } from '../../shared/history/historyQueries';
import { BaselineComparison } from './BaselineComparison';
import { DeleteBaselineMutation, SaveBaselineMutation } from './baselineQueries';

export function BaselinesView() {
  const { t } = useI18n();
  const params = useSearchParams();
  const a = params.get('baseA');
  const b = params.get('baseB');
  const token = usePlannerToken();
  const list = useQuery(BaselinesQuery, { fetchPolicy: 'cache-and-network' });
  const baselines = list.data?.baselines ?? [];
  const planners = baselines.filter((x) => x.kind !== 'paper');
  const papers = baselines.filter((x) => x.kind === 'paper');
  return (
    <section className="view baselines-view" aria-labelledby="baselines-title">
      <div className="view-head">
        <h2 id="baselines-title">{t.baselinesTitle}</h2>
      </div>
      <p className="muted">{t.baselinesIntro}</p>
      {token ? <SaveBaseline /> : <p className="small muted">{t.plannerOnly}</p>}
      {list.loading && !list.data && <Loading />}
      {list.error && !list.data && <ErrorBox error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && planners.length === 0 && <p className="empty">{t.baselinesEmpty}</p>}
      {planners.length > 0 && (
        <ul className="baseline-list" data-testid="baseline-list">
          {planners.map((baseline) => (
            <BaselineRow
              key={baseline.id}
              baseline={baseline}
              canDelete={!!token}
              current={a === baseline.id}
            />
          ))}
        </ul>
      )}
      {papers.length > 0 && (
        <details className="paper-baselines" open={!!a && a.startsWith('paper:')}>
          <summary>
            <strong>{t.paperBaselinesTitle}</strong> <span className="muted small">({papers.length})</span>
          </summary>
          <p className="small muted">{t.paperBaselinesIntro}</p>
          <ul className="baseline-list" data-testid="paper-baseline-list">
            {papers.map((baseline) => (
              <BaselineRow
                key={baseline.id}
                baseline={baseline}
                canDelete={false}
                current={a === baseline.id}
              />
            ))}
          </ul>
        </details>
      )}
      {baselines.length > 0 && (
        <section aria-labelledby="compare-title" className="baseline-compare">
          <h3 id="compare-title">{t.compareTitle}</h3>
          <div className="filters">
            <label>
              {t.compareA}{' '}
              <select
                value={a ?? ''}
                onChange={(e) => navigate({ baseA: e.target.value || null }, 'replace')}
              >
                <option value="">–</option>
                {baselines.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.compareB}{' '}
              <select
                value={b ?? ''}
                onChange={(e) => navigate({ baseB: e.target.value || null }, 'replace')}
              >
                <option value="">{t.compareNow}</option>
                {baselines
                  .filter((x) => x.id !== a)
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
              </select>
            </label>
          </div>
          {a ? <BaselineComparison a={a} b={b} /> : <p className="muted">{t.comparePick}</p>}
        </section>
      )}
    </section>
  );
}

function SaveBaseline() {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveBaselineMutation, { refetchQueries: [BaselinesQuery] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setSaved(null);
    try {
      const result = await save({ variables: { name: name.trim(), reason: reason.trim() || null } });
      setSaved(result.data?.saveBaseline.name ?? name);
      setName('');
      setReason('');
    } catch (error) {
      setErrors(describeApiErrors(error, locale));
    }
  };
  return (
    <form className="filters baseline-save" onSubmit={(e) => void submit(e)} aria-label={t.baselineSave}>
      <label>
        {t.baselineName}{' '}
        <input value={name} onChange={(e) => setName(e.target.value)} required name="baseline-name" />
      </label>
      <label>
        {t.baselineReason}{' '}
        <input value={reason} onChange={(e) => setReason(e.target.value)} name="baseline-reason" />
      </label>
      <button type="submit" className="primary" disabled={loading || !name.trim()}>
        {loading ? t.saving : t.baselineSave}
      </button>
      {saved && (
        <p role="status" className="small">
          {format(t.baselineSaved, { name: saved })}
        </p>
      )}
      {errors.length > 0 && (
        <p role="alert" className="field-error">
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
    </form>
  );
}

function BaselineRow({
  baseline,
  canDelete,
  current,
}: {
  baseline: BaselineSummary;
  canDelete: boolean;
  current: boolean;
}) {
  const { t, locale } = useI18n();
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [remove, { loading }] = useMutation(DeleteBaselineMutation, { refetchQueries: [BaselinesQuery] });
  return (
    <li className={current ? 'current' : undefined} data-testid="baseline-row">
      <div>
        <strong>{baseline.name}</strong>{' '}
        <span className="muted small">
          {baseline.kind === 'paper'
            ? format(t.paperBaselineItems, { items: baseline.itemCount })
            : `${formatTimestamp(baseline.at, locale)} · ${format(t.historyBy, { by: baseline.by })} · ${format(
                t.baselineItems,
                { items: baseline.itemCount, deps: baseline.dependencyCount },
              )}`}
        </span>
        {baseline.reason && baseline.kind !== 'paper' && <p className="small">{baseline.reason}</p>}
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => navigate({ view: null, baseline: baseline.id, baseA: null, baseB: null })}
        >
          {t.baselineShowOnTimeline}
        </button>
        <button type="button" onClick={() => navigate({ baseA: baseline.id, baseB: null }, 'replace')}>
          {t.baselineCompareWithNow}
        </button>
        {canDelete && (
          <button type="button" className="danger-outline" onClick={() => setAsking(true)}>
            {t.delete}
          </button>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          question={format(t.baselineDeleteConfirm, { name: baseline.name })}
          confirmLabel={t.deleteConfirm}
          busy={loading}
          errors={errors}
          onConfirm={() =>
            void remove({ variables: { id: baseline.id } })
              .then(() => {
                setAsking(false);
                if (current) navigate({ baseA: null }, 'replace');
              })
              .catch((error: unknown) => setErrors(describeApiErrors(error, locale)))
          }
          onClose={() => setAsking(false)}
        />
      )}
    </li>
  );
}
