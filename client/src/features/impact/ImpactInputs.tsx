// The what-if's inputs: the items delayed (in weeks), the risks that happen, the scheduling mode;
// below them whatever the app composes in (the saved scenarios).
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { navigate } from '../../app/url';
import { EntityPicker } from '../../components/EntityPicker';
import { ItemLink } from '../../components/ItemLink';
import { useI18n } from '../../i18n/I18nProvider';
import { type Delay, delaysParam, type ImpactState } from '../../shared/impactState';
import { EntityNameQuery } from './impactQuery';

function DelayName({ id }: { id: string }) {
  const { data } = useQuery(EntityNameQuery, { variables: { id } });
  return <ItemLink id={id}>{data?.entity.name ?? id}</ItemLink>;
}

export function ImpactInputs({ state, children }: { state: ImpactState; children?: ReactNode }) {
  const { t } = useI18n();
  const setDelays = (delays: Delay[]) => navigate({ delays: delaysParam(delays), scenario: null }, 'replace');
  return (
    <aside className="impact-inputs" aria-label={t.impactIntro}>
      <h3>{t.impactDelayWeeks}</h3>
      <ul className="delay-list">
        {state.delays.map((d, index) => (
          <li key={d.id}>
            <DelayName id={d.id} />
            <label className="inline">
              <span className="sr-only">{t.impactDelayWeeks}</span>
              <input
                type="number"
                min={-52}
                max={520}
                step={1}
                value={d.weeks}
                onChange={(e) =>
                  setDelays(
                    state.delays.map((x, i) => (i === index ? { ...x, weeks: Number(e.target.value) } : x)),
                  )
                }
              />{' '}
              {t.impactWeeks.replace('{n} ', '')}
            </label>
            <button
              type="button"
              aria-label={`${t.impactRemove} ${d.id}`}
              onClick={() => setDelays(state.delays.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker
        label={t.impactAdd}
        kinds={['Initiative', 'Milestone', 'Condition']}
        onPick={(hit) => {
          if (!state.delays.some((d) => d.id === hit.id))
            setDelays([...state.delays, { id: hit.id, weeks: 4 }]);
        }}
        testId="impact-add-item"
      />
      <h3>{t.impactRisks}</h3>
      <ul className="delay-list">
        {state.risks.map((id) => (
          <li key={id}>
            ⚠ <DelayName id={id} />
            <button
              type="button"
              aria-label={`${t.impactRemove} ${id}`}
              onClick={() =>
                navigate({ risks: state.risks.filter((r) => r !== id), scenario: null }, 'replace')
              }
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker
        label={t.impactAdd}
        kinds={['Risk']}
        onPick={(hit) => {
          if (!state.risks.includes(hit.id))
            navigate({ risks: [...state.risks, hit.id], scenario: null }, 'replace');
        }}
        testId="impact-add-risk"
      />
      <label>
        {t.impactMode}
        <select value={state.mode} onChange={(e) => navigate({ mode: e.target.value }, 'replace')}>
          <option value="PRESERVE">{t.modePRESERVE}</option>
          <option value="RECOMPUTE">{t.modeRECOMPUTE}</option>
        </select>
      </label>
      {children}
    </aside>
  );
}
