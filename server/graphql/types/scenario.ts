// Saved what-if scenarios: save, list, open (with the engine's answer), compare and delete.

import type { Entity, Scenario, ScenarioDelay } from '../../domain/model/index.js';
import {
  type ComparisonRow,
  compareScenarios,
  type ScenarioComparison,
} from '../../services/scenarioComparison.js';
import {
  deleteScenario,
  listScenarios,
  openScenario,
  renameScenario,
  runScenario,
  saveScenario,
} from '../../services/scenarios.js';
import { builder, ENGINE_COST } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { editorOf, whyArgs } from '../editArgs.js';
import { EntityRef, loadEntities } from './common.js';
import { ImpactModeEnum } from './enums.js';
import { DelayInput, ImpactRef, RiskDelayInput, ScheduledDateRef, SummaryRef } from './impact.js';

const ScenarioDelayRef = builder.objectRef<ScenarioDelay>('ScenarioDelay').implement({
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

const ScenarioRef = builder.objectRef<Scenario>('Scenario').implement({
  description: 'A named what-if: delays and risks to try against the plan. Never changes the plan.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.string({ nullable: true, resolve: (s) => s.description }),
    delays: t.field({ type: [ScenarioDelayRef], resolve: (s) => [...s.delays] }),
    riskIds: t.idList({ resolve: (s) => [...s.riskIds] }),
    riskDelays: t.field({
      type: [ScenarioDelayRef],
      description: 'Assumed lengths for risks the papers give none for (item is the risk).',
      resolve: (s) => [...s.riskDelays],
    }),
    mode: t.expose('mode', { type: ImpactModeEnum }),
    version: t.exposeInt('version'),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.exposeString('createdAt'),
    updatedAt: t.string({ nullable: true, resolve: (s) => s.updatedAt }),
    result: t.field({
      type: ImpactRef,
      complexity: ENGINE_COST,
      description: 'The scenario run against the plan as it is now.',
      resolve: (s, _a, ctx) => runScenario(ctx.db, s),
    }),
  }),
});

const ComparisonRowRef = builder.objectRef<ComparisonRow>('ScenarioComparisonRow').implement({
  fields: (t) => ({
    item: t.loadable({
      type: EntityRef,
      load: (ids: string[], ctx: GraphQLContext) => loadEntities(ctx, ids),
      sort: (e: Entity) => e.id,
      resolve: (r) => r.itemId,
    }),
    slips: t.field({
      type: ['Days'],
      nullable: { list: false, items: true },
      description: 'Slip in days under each scenario, in the order asked; null where it does not move.',
      resolve: (r) => r.slips,
    }),
    undated: t.boolean({
      description: 'No dates of its own: only its window is known, so no dates are given.',
      resolve: (r) => r.undated,
    }),
    oldEnd: t.field({
      type: ScheduledDateRef,
      nullable: true,
      description: 'Its end (a milestone: its date) in the plan now; null when undated.',
      resolve: (r) => r.oldEnd,
    }),
    newEnds: t.field({
      type: [ScheduledDateRef],
      nullable: { list: false, items: true },
      description:
        'Its end under each scenario, in the order asked; null where it does not move or is undated.',
      resolve: (r) => r.newEnds,
    }),
    differenceDays: t.field({
      type: 'Days',
      description: 'The largest slip among the scenarios minus the smallest (not moving counts as 0).',
      resolve: (r) => {
        const days = r.slips.map((x) => x ?? 0);
        return Math.max(...days) - Math.min(...days);
      },
    }),
  }),
});

const ComparisonRef = builder.objectRef<ScenarioComparison>('ScenarioComparison').implement({
  fields: (t) => ({
    scenarios: t.field({ type: [ScenarioRef], resolve: (c) => c.scenarios }),
    rows: t.field({
      type: [ComparisonRowRef],
      description: 'Every item some scenario moves, largest slip first.',
      resolve: (c) => c.rows,
    }),
    planEndSlips: t.field({ type: ['Days'], resolve: (c) => c.planEndSlips }),
    summaries: t.field({
      type: [SummaryRef],
      description:
        'Per scenario, in the order asked: its consequences (past-period items, deadlines and goal years missed).',
      resolve: (c) => c.summaries,
    }),
  }),
});

const ScenarioInputRef = builder.inputType('ScenarioInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    delays: t.field({ type: [DelayInput], required: false }),
    riskIds: t.idList({ required: false }),
    riskDelays: t.field({ type: [RiskDelayInput], required: false }),
    mode: t.field({ type: ImpactModeEnum, required: false, defaultValue: 'preserve' }),
  }),
});

builder.queryFields((t) => ({
  scenarios: t.field({
    type: [ScenarioRef],
    description: 'Saved what-if scenarios, newest first.',
    resolve: (_r, _a, ctx) => listScenarios(ctx.db),
  }),
  scenario: t.field({
    type: ScenarioRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => openScenario(ctx.db, String(args.id)),
  }),
  compareScenarios: t.field({
    type: ComparisonRef,
    // A baseline and the scenarios (at most MAX_COMPARED), priced like a list of five.
    complexity: 5 * ENGINE_COST,
    description: 'Two or more scenarios side by side against one baseline.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_r, args, ctx) => compareScenarios(ctx.db, args.ids.map(String)),
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
      ...whyArgs(t),
    },
    resolve: (_r, args, ctx) =>
      saveScenario(
        ctx.db,
        args.input,
        editorOf(ctx, args),
        args.id ? { id: String(args.id), version: args.version } : undefined,
      ),
  }),
  renameScenario: t.field({
    type: ScenarioRef,
    description:
      'Gives a scenario a new name; refused with CONFLICT when someone changed it since `version`.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      name: t.arg.string({ required: true }),
      ...whyArgs(t),
    },
    resolve: (_r, args, ctx) =>
      renameScenario(ctx.db, String(args.id), args.version, args.name, editorOf(ctx, args)),
  }),
  deleteScenario: t.id({
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }), ...whyArgs(t) },
    resolve: async (_r, args, ctx) => {
      await deleteScenario(ctx.db, String(args.id), args.version, editorOf(ctx, args));
      return String(args.id);
    },
  }),
}));
