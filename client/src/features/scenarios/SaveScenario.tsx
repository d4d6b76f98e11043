// Save the what-if in the URL as a named scenario (planners only).
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { usePlannerToken } from '../../app/token';
import { navigate } from '../../app/url';
import { describeApiErrors } from '../../components/apiErrors';
import { useI18n } from '../../i18n/I18nProvider';
import type { ImpactState } from '../../shared/impactState';
import { SaveScenarioMutation } from './scenarioQueries';
import { scenarioInput } from './scenarioState';

export function SaveScenario({ state }: { state: ImpactState }) {
  const { t, locale } = useI18n();
  const token = usePlannerToken();
  const [name, setName] = useState('');
  const [save, { loading, error }] = useMutation(SaveScenarioMutation, { refetchQueries: ['Scenarios'] });
  if (!token) return <p className="small muted">{t.needToken}</p>;
  return (
    <form
      className="save-scenario"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await save({ variables: { input: scenarioInput(name, state) } }).catch(() => null);
        const id = result?.data?.saveScenario.id;
        if (id) {
          navigate({ scenario: id }, 'replace');
          setName('');
        }
      }}
    >
      <label>
        {t.impactScenarioName}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <button type="submit" disabled={loading || !name.trim()}>
        {t.impactSaveAs}
      </button>
      {error && (
        <p role="alert" className="field-error">
          {describeApiErrors(error, locale)
            .map((x) => x.message)
            .join(' ')}
        </p>
      )}
    </form>
  );
}
