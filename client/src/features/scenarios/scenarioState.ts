// A what-if as a saved scenario and back: what saving sends, what opening puts in the URL, and the
// set of scenarios ticked for comparison. Pure, so it is tested without a server.
import { delaysParam, type ImpactState, riskDelaysParam, weeksToDays } from '../../shared/impactState';

/** What saveScenario takes for the what-if in the URL. */
export function scenarioInput(name: string, state: ImpactState) {
  return {
    name,
    mode: state.mode,
    riskIds: state.risks,
    riskDelays: state.riskDelays,
    delays: state.delays.map((d) => ({ id: d.id, days: weeksToDays(d.weeks) })),
  };
}

/** A saved scenario keeps days; the URL keeps weeks (to one decimal). */
export const daysToWeeks = (days: number) => Math.round((days / 7) * 10) / 10;

export interface SavedScenario {
  id: string;
  mode: string;
  riskIds: readonly string[];
  /** Assumed lengths of risks (itemId is the risk); absent in scenarios saved before they were kept. */
  riskDelays?: readonly { itemId: string; days: number }[];
  delays: readonly { itemId: string; days: number }[];
}

/** The URL parameters that reopen a saved scenario. */
export function openScenarioParams(s: SavedScenario) {
  return {
    scenario: s.id,
    mode: s.mode,
    risks: [...s.riskIds],
    assumed: riskDelaysParam((s.riskDelays ?? []).map((r) => ({ id: r.itemId, days: r.days }))),
    delays: delaysParam(s.delays.map((d) => ({ id: d.itemId, weeks: daysToWeeks(d.days) }))),
  };
}

/** The scenarios to compare after ticking (or unticking) one. */
export const toggleCompare = (compare: readonly string[], id: string, on: boolean) =>
  on ? [...compare, id] : compare.filter((c) => c !== id);
