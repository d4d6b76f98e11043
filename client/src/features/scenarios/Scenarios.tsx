// The scenarios feature as the impact view shows it (composed in App.tsx): saving and listing
// scenarios under the what-if inputs, and the comparison under the results. Both read the what-if
// from the URL, so the impact view needs to know nothing about them.
import { useMemo } from 'react';
import { useSearchParams } from '../../app/url';
import { readImpactState } from '../../shared/impactState';
import { SaveScenario } from './SaveScenario';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioList } from './ScenarioList';

function useWhatIf() {
  const params = useSearchParams();
  return useMemo(() => readImpactState(params), [params]);
}

export function ScenarioTools() {
  const state = useWhatIf();
  return (
    <>
      <SaveScenario state={state} />
      <ScenarioList state={state} />
    </>
  );
}

export function ScenarioCompare() {
  const { compare } = useWhatIf();
  return compare.length >= 2 ? <ScenarioComparison ids={compare} /> : null;
}
