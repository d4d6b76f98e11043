// Saved what-if scenarios: save, list, open (with the engine's answer), compare and delete.

import type { EntityRow } from '../../db/repositories/entityRepository.js';
import { readPlan } from '../../db/repositories/planRepository.js';
import {
  createScenario,
  deleteScenario,
  findScenarios,
  listScenarios,
  type ScenarioRow,
  updateScenario,
} from '../../db/repositories/scenarioRepository.js';
import { analyseScenarios, compilePlan } from '../../domain/schedule/index.js';
import { invalid, notFound } from '../../errors.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { Problems } from '../mutations/editInputs.js';
import { EntityRef, loadEntities } from './common.js';
import { changesOf, DelayInput, ImpactModeEnum, ImpactRef, runImpact } from './impact.js';

interface DelayShape {
  id: string;
  days: number;
}

const ScenarioDelayRef = builder.objectRef<DelayShape>('ScenarioDelay').implement({
  fields: (t) => ({
    item: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Null if the item has since been deleted.',
      resolve: async (d, _a, ctx) => {
        const [row] = await loadEntities(ctx, [d.id]);
        return row instanceof Error || row === undefined ? null : row;
      },
    }),
    itemId: t.id({ resolve: (d) => d.id }),
    days: t.field({ type: 'Days', resolve: (d) => d.days }),
  }),
});

const ScenarioRef = builder.objectRef<ScenarioRow>('Scenario').implement({
  description: 'A named what-if: delays and risks to try against the plan. Never changes the plan.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.string({ nullable: true, resolve: (s) => s.description }),
    delays: t.field({ type: [ScenarioDelayRef], resolve: (s) => s.delays }),
    riskIds: t.idList({ resolve: (s) => s.riskIds }),
    mode: t.field({ type: ImpactModeEnum, resolve: (s) => s.mode }),
    version: t.exposeInt('version'),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.exposeString('createdAt'),
    updatedAt: t.string({ nullable: true, resolve: (s) => s.updatedAt }),
    result: t.field({
      type: ImpactRef,
      complexity: 100,
      description: 'The scenario run against the plan as it is now.',
      resolve: async (s, _a, ctx) => runImpact(await readPlan(ctx.db), s),
    }),
  }),
});

interface ComparisonRow {
  itemId: string;
  slips: (number | null)[];
}

interface Comparison {
  scenarios: ScenarioRow[];
  rows: ComparisonRow[];
  planEndSlips: number[];
}

const ComparisonRowRef = builder.objectRef<ComparisonRow>('ScenarioComparisonRow').implement({
  fields: (t) => ({
    item: t.loadable({
      type: EntityRef,
      load: (ids: string[], ctx: GraphQLContext) => loadEntities(ctx, ids),
      sort: (e: EntityRow) => e.id,
      resolve: (r) => r.itemId,
    }),
    slips: t.field({
      type: ['Days'],
      nullable: { list: false, items: true },
      description: 'Slip in days under each scenario, in the order asked; null where it does not move.',
      resolve: (r) => r.slips,
    }),
  }),
});

const ComparisonRef = builder.objectRef<Comparison>('ScenarioComparison').implement({
  fields: (t) => ({
    scenarios: t.field({ type: [ScenarioRef], resolve: (c) => c.scenarios }),
    rows: t.field({
      type: [ComparisonRowRef],
      description: 'Every item some scenario moves, largest slip first.',
      resolve: (c) => c.rows,
    }),
    planEndSlips: t.field({ type: ['Days'], resolve: (c) => c.planEndSlips }),
  }),
});

const ScenarioInputRef = builder.inputType('ScenarioInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    delays: t.field({ type: [DelayInput], required: false }),
    riskIds: t.idList({ required: false }),
    mode: t.field({ type: ImpactModeEnum, required: false, defaultValue: 'preserve' }),
  }),
});

function scenarioInput(input: {
  name: string;
  description?: string | null;
  delays?: { id: string | number; days: number }[] | null;
  riskIds?: (string | number)[] | null;
  mode?: 'preserve' | 'recompute' | null;
}) {
  const p = new Problems();
  p.text('name', input.name, { required: true, max: 200 });
  p.text('description', input.description, { max: 2000 });
  p.throwIfAny();
  const value = {
    name: input.name.trim(),
    description: input.description ?? null,
    delays: (input.delays ?? []).map((d) => ({ id: String(d.id), days: d.days })),
    riskIds: (input.riskIds ?? []).map(String),
    mode: input.mode ?? 'preserve',
  };
  changesOf(value); // same rules as impact(): at least one change, no negative delays
  return value;
}

builder.queryFields((t) => ({
  scenarios: t.field({
    type: [ScenarioRef],
    description: 'Saved what-if scenarios, newest first.',
    resolve: (_r, _a, ctx) => listScenarios(ctx.db),
  }),
  scenario: t.field({
    type: ScenarioRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const [row] = await findScenarios(ctx.db, [String(args.id)]);
      if (!row) throw notFound('scenario', String(args.id));
      return row;
    },
  }),
  compareScenarios: t.field({
    type: ComparisonRef,
    complexity: 200,
    description: 'Two or more scenarios side by side against one baseline.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const ids = args.ids.map(String);
      if (ids.length < 2 || ids.length > 10)
        throw invalid([{ field: 'ids', message: 'compare between 2 and 10 scenarios' }]);
      const rows = await findScenarios(ctx.db, ids);
      const missing = ids.filter((_, i) => !rows[i]);
      if (missing.length > 0) throw notFound('scenario', missing.join(', '));
      const scenarios = rows as ScenarioRow[];
      const plan = compilePlan(await readPlan(ctx.db));
      // One baseline for all; each scenario in its own mode (they may differ).
      const results = scenarios.map(
        (s) => analyseScenarios(plan, [{ id: s.id, changes: changesOf(s) }], { mode: s.mode })[0]?.result,
      );
      const slips = new Map<string, (number | null)[]>();
      results.forEach((result, k) => {
        for (const a of result?.affected ?? []) {
          const row = slips.get(a.id) ?? scenarios.map(() => null);
          row[k] = a.slipDays;
          slips.set(a.id, row);
        }
      });
      const max = (xs: (number | null)[]) => Math.max(...xs.map((x) => x ?? 0));
      return {
        scenarios,
        rows: [...slips.entries()]
          .map(([itemId, s]) => ({ itemId, slips: s }))
          .sort((a, b) => max(b.slips) - max(a.slips) || a.itemId.localeCompare(b.itemId)),
        planEndSlips: results.map((r) => r?.planEnd.slipDays ?? 0),
      };
    },
  }),
}));

builder.mutationFields((t) => ({
  saveScenario: t.field({
    type: ScenarioRef,
    description: 'Creates a scenario, or with id and version updates one. The plan itself is never changed.',
    args: {
      id: t.arg.id({ required: false }),
      version: t.arg.int({ required: false }),
      input: t.arg({ type: ScenarioInputRef, required: true }),
    },
    resolve: (_r, args, ctx) => {
      const input = scenarioInput(args.input);
      if (!args.id) return createScenario(ctx.db, input, ctx.viewer.label);
      if (args.version === null || args.version === undefined) {
        throw invalid([{ field: 'version', message: 'is required when updating a scenario' }]);
      }
      return updateScenario(ctx.db, String(args.id), args.version, input);
    },
  }),
  deleteScenario: t.id({
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_r, args, ctx) => {
      await deleteScenario(ctx.db, String(args.id), args.version);
      return String(args.id);
    },
  }),
}));
