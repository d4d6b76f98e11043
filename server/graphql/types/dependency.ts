// DEPENDS_ON and AFFECTS as objects: the edges planners reason about, each with its sources.
import { type EntityRow, findRelated } from '../../db/repositories/entityRepository.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { EntityRef, sourcesField } from './common.js';

export interface EdgeShape {
  from: EntityRow;
  to: EntityRow;
  props: Record<string, unknown>;
}

export const DependencyKindEnum = builder.enumType('DependencyKind', {
  values: {
    TECHNICAL: { value: 'technical' },
    DELIVERY: { value: 'delivery' },
    FINANCING: { value: 'financing' },
    LEGAL: { value: 'legal' },
    ORGANISATIONAL: { value: 'organisational' },
  } as const,
});

export const DependencyTypeEnum = builder.enumType('DependencyType', {
  description: 'FS finish-to-start (default), SS start-to-start, FF finish-to-finish, SF start-to-finish.',
  values: ['FS', 'SS', 'FF', 'SF'] as const,
});

const sourceIdsOf = (e: EdgeShape) =>
  Array.isArray(e.props.sourceIds) ? (e.props.sourceIds as string[]) : [];

export const DependencyRef = builder.objectRef<EdgeShape>('Dependency').implement({
  description: '`from` depends on `to`: `to` must reach its constrained end (plus lag) before `from` can.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => String(e.props.id ?? `${e.from.id}->${e.to.id}`) }),
    from: t.field({ type: EntityRef, resolve: (e) => e.from }),
    to: t.field({ type: EntityRef, resolve: (e) => e.to }),
    kind: t.field({ type: DependencyKindEnum, resolve: (e) => (e.props.kind as 'technical') ?? 'technical' }),
    type: t.field({ type: DependencyTypeEnum, resolve: (e) => (e.props.type as 'FS') ?? 'FS' }),
    lagDays: t.field({ type: 'Days', resolve: (e) => Number(e.props.lagDays ?? 0) }),
    inferred: t.boolean({ resolve: (e) => e.props.inferred === true }),
    note: t.string({ nullable: true, resolve: (e) => (e.props.note as string | undefined) ?? null }),
    version: t.int({ resolve: (e) => Number(e.props.version ?? 1) }),
    sources: sourcesField(t, sourceIdsOf),
  }),
});

export const RiskEffectRef = builder.objectRef<EdgeShape>('RiskEffect').implement({
  description: 'A risk or event that delays something, with the expected delay where a paper gives one.',
  fields: (t) => ({
    risk: t.field({ type: EntityRef, resolve: (e) => e.from }),
    target: t.field({ type: EntityRef, resolve: (e) => e.to }),
    expectedDelayDays: t.field({
      type: 'Days',
      nullable: true,
      description: 'Null when the papers give no length ("ikke tidfestet").',
      resolve: (e) => (typeof e.props.expectedDelayDays === 'number' ? e.props.expectedDelayDays : null),
    }),
    delayText: t.string({
      nullable: true,
      resolve: (e) => (e.props.delayText as string | undefined) ?? null,
    }),
    inferred: t.boolean({ resolve: (e) => e.props.inferred === true }),
    note: t.string({ nullable: true, resolve: (e) => (e.props.note as string | undefined) ?? null }),
    sources: sourcesField(t, sourceIdsOf),
  }),
});

/** Edges over one relationship type, out of each node (it is `from`) or into it (it is `to`). */
export function loadEdges(type: 'DEPENDS_ON' | 'AFFECTS', direction: 'out' | 'in') {
  return async (ids: readonly string[], ctx: GraphQLContext): Promise<EdgeShape[][]> =>
    (await findRelated(ctx.db, ids, type, direction)).map((rows) =>
      rows.map((r) =>
        direction === 'out'
          ? { from: r.anchor, to: r.node, props: r.rel }
          : { from: r.node, to: r.anchor, props: r.rel },
      ),
    );
}
