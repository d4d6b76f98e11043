// Plan history: history(id), changes(since, by, kinds), planVersion, and undoChangeSet/redoChangeSet.
import {
  actionOf,
  CHANGE_OPERATIONS,
  type ChangeSet,
  canonicalJson,
  diffProps,
  type EntityChange,
  type FieldChange,
  type ImportCount,
  type ImportSummary,
} from '../../domain/model/index.js';
import {
  type ChangeSetPage,
  changeFeed,
  changesOf,
  itemHistory,
  openChangeSet,
  planVersion,
  redo,
  undo,
} from '../../services/history.js';
import { builder } from '../builder.js';
import { editorOf, whyArgs } from '../editArgs.js';

const json = (v: unknown) => (v === null || v === undefined ? null : canonicalJson(v));

const ChangeOperationEnum = builder.enumType('ChangeOperation', {
  description: 'What a change set did.',
  values: Object.fromEntries(
    CHANGE_OPERATIONS.map((op) => [op.replace(/([A-Z])/g, '_$1').toUpperCase(), { value: op }]),
  ) as Record<string, { value: (typeof CHANGE_OPERATIONS)[number] }>,
});

const ChangeActionEnum = builder.enumType('ChangeAction', {
  values: {
    CREATED: { value: 'created' },
    UPDATED: { value: 'updated' },
    DELETED: { value: 'deleted' },
  } as const,
});

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One property before and after; values as JSON text, null where absent.',
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.string({ nullable: true, resolve: (f) => json(f.before) }),
    after: t.string({ nullable: true, resolve: (f) => json(f.after) }),
  }),
});

const EntityChangeRef = builder.objectRef<EntityChange>('EntityChange').implement({
  description: 'What a change set did to one node or relationship.',
  fields: (t) => ({
    kind: t.string({ description: 'node or relationship', resolve: (c) => c.kind }),
    id: t.id({ description: 'The node id, or from-[TYPE]->to for a relationship.', resolve: (c) => c.id }),
    label: t.exposeString('label', { description: 'Node kind (Initiative …) or relationship type.' }),
    fromId: t.id({ nullable: true, resolve: (c) => c.from?.id ?? null }),
    toId: t.id({ nullable: true, resolve: (c) => c.to?.id ?? null }),
    action: t.field({ type: ChangeActionEnum, resolve: (c) => actionOf(c) }),
    fields: t.field({
      type: [FieldChangeRef],
      description: 'The properties that differ, by name.',
      resolve: (c) => diffProps(c.before, c.after),
    }),
    before: t.string({
      nullable: true,
      description: 'Every property before, as JSON.',
      resolve: (c) => json(c.before),
    }),
    after: t.string({
      nullable: true,
      description: 'Every property after, as JSON.',
      resolve: (c) => json(c.after),
    }),
  }),
});

const ImportCountRef = builder.objectRef<ImportCount>('ImportCount').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description: 'A node kind, a relationship type, Source, Document or DateStatement.',
    }),
    count: t.exposeInt('count'),
  }),
});

const ImportSummaryRef = builder.objectRef<ImportSummary>('ImportSummary').implement({
  description:
    'What an import of the whole portfolio brought. Such an import records no before and after per node and cannot be undone: import the backup or export from before it instead.',
  fields: (t) => ({
    file: t.string({
      nullable: true,
      description: "The file's name as the importer gave it.",
      resolve: (s) => s.file,
    }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the file as parsed (compact JSON).' }),
    counts: t.field({ type: [ImportCountRef], resolve: (s) => [...s.counts] }),
    replacedNodes: t.exposeInt('replacedNodes', { description: 'Nodes of the portfolio it replaced.' }),
  }),
});

export const ChangeSetRef = builder.objectRef<ChangeSet>('ChangeSet').implement({
  description:
    'One write to the plan (an edit, an import, the seed load, an undo or redo): who, when, why, and the before and after of everything it touched.',
  fields: (t) => ({
    id: t.exposeID('id'),
    seq: t.exposeInt('seq', { description: 'Its place in the history; the plan version it produced.' }),
    at: t.exposeString('at', { description: 'ISO timestamp.' }),
    by: t.exposeString('by'),
    operation: t.expose('operation', { type: ChangeOperationEnum }),
    reason: t.string({ nullable: true, resolve: (c) => c.reason }),
    sakId: t.id({ nullable: true, resolve: (c) => c.sakId }),
    undoes: t.id({ nullable: true, description: 'The change set this one undid.', resolve: (c) => c.undoes }),
    redoes: t.id({ nullable: true, description: 'The change set this one redid.', resolve: (c) => c.redoes }),
    kinds: t.stringList({ resolve: (c) => [...c.kinds] }),
    changeCount: t.exposeInt('changeCount'),
    importSummary: t.field({
      type: ImportSummaryRef,
      nullable: true,
      description: 'For an import of the whole portfolio: what it brought (its changes are then not listed).',
      resolve: (c) => c.importSummary,
    }),
    changes: t.field({
      type: [EntityChangeRef],
      complexity: 20,
      args: { touching: t.arg.id({ required: false, description: 'Only the changes at this item.' }) },
      resolve: (c, args, ctx) => changesOf(ctx.db, c, args.touching ? String(args.touching) : null),
    }),
  }),
});

const ChangeSetPageRef = builder.objectRef<ChangeSetPage>('ChangeSetPage').implement({
  fields: (t) => ({
    changeSets: t.field({ type: [ChangeSetRef], resolve: (p) => [...p.changeSets] }),
    hasMore: t.exposeBoolean('hasMore'),
    endCursor: t.string({
      nullable: true,
      description: 'Pass as `after` for the next page.',
      resolve: (p) => p.endCursor,
    }),
  }),
});

builder.queryFields((t) => ({
  history: t.field({
    type: ChangeSetPageRef,
    description: "An item's changes (its own and those of relationships at it), newest first.",
    complexity: 20,
    args: {
      id: t.arg.id({ required: true }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) => itemHistory(ctx.db, String(args.id), args),
  }),
  changes: t.field({
    type: ChangeSetPageRef,
    description: "The portfolio's change feed, newest first.",
    complexity: 20,
    args: {
      since: t.arg.string({ required: false, description: 'ISO date or timestamp: changes at or after it.' }),
      by: t.arg.string({ required: false }),
      kinds: t.arg.stringList({
        required: false,
        description:
          'Node kinds (Initiative, Milestone, Risk, Scenario …) or relationship types (DEPENDS_ON …).',
      }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) => changeFeed(ctx.db, args),
  }),
  changeSet: t.field({
    type: ChangeSetRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => openChangeSet(ctx.db, String(args.id)),
  }),
  planVersion: t.int({
    description: 'Counts every change to the plan; use it as a cache key.',
    resolve: (_r, _a, ctx) => planVersion(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  undoChangeSet: t.field({
    type: ChangeSetRef,
    description:
      'Undoes a change set whole (a delete comes back with everything it took along). Refused with CONFLICT naming what changed since; returns the undo, itself a change set.',
    args: { id: t.arg.id({ required: true }), ...whyArgs(t) },
    resolve: (_r, args, ctx) => undo(ctx.db, String(args.id), editorOf(ctx, args)),
  }),
  redoChangeSet: t.field({
    type: ChangeSetRef,
    description: 'Applies an undone change set again (refused with CONFLICT as undo is).',
    args: { id: t.arg.id({ required: true }), ...whyArgs(t) },
    resolve: (_r, args, ctx) => redo(ctx.db, String(args.id), editorOf(ctx, args)),
  }),
}));
