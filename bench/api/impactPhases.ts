// Where an impact request's server time goes once the plan is cached: the engine, the summary, the
// critical path, on the benchmark's portfolios without a database (the plan built from the same file).
//
//   node --import tsx bench/api/impactPhases.ts [--sizes 1k,10k,50k]
import { parseArgs } from 'node:util';
import type { PortfolioPlan } from '../../server/db/repositories/planRepository.js';
import { analyseImpact, criticalPathTo } from '../../server/domain/schedule/index.js';
import { preparePlan } from '../../server/services/currentPlan.js';
import { summariseImpact, summaryBasis } from '../../server/services/impactSummary.js';
import { benchPlanOf, generateBenchPortfolio } from './generate.js';

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '1k,10k,50k' } } });
function planOf(size: number): { plan: PortfolioPlan; leaf: string; hub: string } {
  const b = generateBenchPortfolio(size);
  return { plan: benchPlanOf(b.dump), leaf: b.leafId, hub: b.hubId };
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};

for (const size of (args.sizes ?? '').split(',').map((s) => Number(s.replace(/k$/i, '000')))) {
  const { plan, leaf, hub } = planOf(size);
  const current = preparePlan(plan);
  const [, compileMs] = time(() => current.compiled());
  const [, baselineMs] = time(() => current.baseline('preserve'));
  for (const [what, id] of [
    ['leaf', leaf],
    ['hub', hub],
  ] as const) {
    const rows: number[][] = [];
    for (let r = 0; r < 7; r++) {
      const changes = [{ kind: 'delay' as const, itemId: id, days: 56 }];
      const baseline = current.baseline('preserve');
      const [result, engine] = time(() =>
        analyseImpact(current.compiled(), changes, { mode: 'preserve', baseline }),
      );
      const basis = current.derived('summaryBasis', (c) => summaryBasis(c.plan, baseline));
      const [summary, summaryMs] = time(() => summariseImpact(plan, basis, result, null));
      const [, pathMs] = time(() =>
        criticalPathTo(current.compiled(), summary.targetId ?? undefined, {
          mode: 'preserve',
          changes,
          baseline,
        }),
      );
      rows.push([engine, summaryMs, pathMs, result.affected.length]);
    }
    const med = (k: number) => rows.map((r) => r[k] as number).sort((a, b) => a - b)[3] as number;
    console.log(
      `${size} ${what}: compile ${compileMs.toFixed(0)} ms (once per version), baseline ${baselineMs.toFixed(0)} ms (once); per request: engine ${med(0).toFixed(1)} ms, summary ${med(1).toFixed(1)} ms, critical path ${med(2).toFixed(1)} ms; ${med(3)} items affected`,
    );
  }
}
