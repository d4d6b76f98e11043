// The what-if as kept in the URL: ?delays=helseplattformen:8,pll:4 (weeks) &risks=schrems-ii &mode=…
// &assumed=schrems-ii:180 (the planner's assumed days for a risk the papers give no length for)
// &target=<id> (the item the critical path is drawn to).
import { listParam } from '../app/url';

export interface Delay {
  id: string;
  weeks: number;
}

/** The planner's assumed length of a risk, in days; it stays an assumption. */
export interface RiskDelay {
  id: string;
  days: number;
}

export interface ImpactState {
  delays: Delay[];
  risks: string[];
  riskDelays: RiskDelay[];
  target: string | null;
  mode: 'PRESERVE' | 'RECOMPUTE';
  scenario: string | null;
  compare: string[];
}

export function readImpactState(params: URLSearchParams): ImpactState {
  const delays: Delay[] = [];
  for (const entry of listParam(params, 'delays')) {
    const cut = entry.lastIndexOf(':');
    const id = cut > 0 ? entry.slice(0, cut) : entry;
    const weeks = cut > 0 ? Number(entry.slice(cut + 1)) : 4;
    if (id && Number.isFinite(weeks)) delays.push({ id, weeks });
  }
  const risks = listParam(params, 'risks');
  const riskDelays: RiskDelay[] = [];
  for (const entry of listParam(params, 'assumed')) {
    const cut = entry.lastIndexOf(':');
    const days = Number(entry.slice(cut + 1));
    const id = entry.slice(0, cut);
    // Only for risks that happen, in whole days ≥ 0 (the API refuses others).
    if (cut > 0 && risks.includes(id) && Number.isInteger(days) && days >= 0) riskDelays.push({ id, days });
  }
  return {
    delays,
    risks,
    riskDelays,
    target: params.get('target'),
    mode: params.get('mode') === 'RECOMPUTE' ? 'RECOMPUTE' : 'PRESERVE',
    scenario: params.get('scenario'),
    compare: listParam(params, 'compare'),
  };
}

export const delaysParam = (delays: readonly Delay[]) => delays.map((d) => `${d.id}:${d.weeks}`);

/** The API takes calendar days; planners think in weeks. */
export const weeksToDays = (weeks: number) => Math.round(weeks * 7);

export const riskDelaysParam = (riskDelays: readonly RiskDelay[]) =>
  riskDelays.map((r) => `${r.id}:${r.days}`);
