// The what-if as kept in the URL: ?delays=helseplattformen:8,pll:4 (weeks) &risks=schrems-ii &mode=…
import { listParam } from '../app/url';

export interface Delay {
  id: string;
  weeks: number;
}

export interface ImpactState {
  delays: Delay[];
  risks: string[];
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
  return {
    delays,
    risks: listParam(params, 'risks'),
    mode: params.get('mode') === 'RECOMPUTE' ? 'RECOMPUTE' : 'PRESERVE',
    scenario: params.get('scenario'),
    compare: listParam(params, 'compare'),
  };
}

export const delaysParam = (delays: readonly Delay[]) => delays.map((d) => `${d.id}:${d.weeks}`);

/** The API takes calendar days; planners think in weeks. */
export const weeksToDays = (weeks: number) => Math.round(weeks * 7);
