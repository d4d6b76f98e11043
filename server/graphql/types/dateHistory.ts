// Dates over time: Initiative.dateHistory and Milestone.dateHistory — every statement about a start,
// end, date or status, in time order, with its paper, meeting, quote and the slip from the one before.
import {
  DATE_FIELD,
  DATE_STATEMENT_KIND,
  type DateMoves,
  dateValue,
  type FieldHistory,
  type HistoryEntry,
  isCodeOf,
  MILESTONE_STATUS,
  REPEATED_MOVES,
  type SlipBetween,
  slipText,
} from '../../domain/model/index.js';
import { dateHistories } from '../../services/dateHistory.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { DateWithPrecisionRef, sourcesField } from './common.js';
import { InitiativeRef, MeetingRef, MilestoneRef } from './entities.js';
import { loadByLabel } from './entityLoaders.js';
import { enumOf, MilestoneStatusEnum, PrecisionEnum } from './enums.js';

export const DateFieldEnum = enumOf(DATE_FIELD);
const DateStatementKindEnum = enumOf(DATE_STATEMENT_KIND);

export const DateSlipRef = builder.objectRef<SlipBetween>('DateSlip').implement({
  description: 'How far a date moved between two statements.',
  fields: (t) => ({
    days: t.field({
      type: 'Days',
      nullable: true,
      description: 'Last day moved; positive = later.',
      resolve: (s) => s.days,
    }),
    steps: t.int({
      nullable: true,
      description:
        'Steps of the shared precision (quarters, half-years, months, years), when both dates have it.',
      resolve: (s) => s.steps,
    }),
    precision: t.field({ type: PrecisionEnum, nullable: true, resolve: (s) => s.precision }),
    text: t.string({
      nullable: true,
      description: '"+2 kv.", "+1 år", "+45 d", "±0".',
      resolve: (s) => slipText(s),
    }),
  }),
});

const isDate = (e: HistoryEntry) => e.statement.field !== 'status' && e.statement.value !== null;

export const DateStatementRef = builder.objectRef<HistoryEntry>('DateStatement').implement({
  description:
    'What one paper (or one planner’s edit) said about a start, end, date or status, and when: its meeting and sources.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.statement.id }),
    field: t.field({ type: DateFieldEnum, resolve: (e) => e.statement.field }),
    kind: t.field({ type: DateStatementKindEnum, resolve: (e) => e.statement.kind }),
    date: t.field({
      type: DateWithPrecisionRef,
      nullable: true,
      description: 'The date stated, in its own precision; null for a postponement without a new date.',
      resolve: (e) => (isDate(e) ? dateValue(e.statement.value as string, e.statement.text) : null),
    }),
    status: t.field({
      type: MilestoneStatusEnum,
      nullable: true,
      resolve: (e) =>
        e.statement.field === 'status' && isCodeOf(MILESTONE_STATUS, e.statement.value)
          ? e.statement.value
          : null,
    }),
    text: t.string({
      nullable: true,
      description: 'As the paper wrote it (an edit: its reason).',
      resolve: (e) => e.statement.text,
    }),
    meetingId: t.id({ nullable: true, resolve: (e) => e.statement.meetingId }),
    meeting: t.loadable({
      type: MeetingRef,
      nullable: true,
      load: loadByLabel('Meeting'),
      resolve: (e) => e.statement.meetingId,
    }),
    meetingDate: t.field({
      type: 'PrecisionDate',
      nullable: true,
      description:
        'The meeting’s date; null when the paper does not give it (such statements count as the earliest).',
      resolve: (e) => e.statement.meetingDate,
    }),
    document: t.string({ nullable: true, description: 'The paper file.', resolve: (e) => e.statement.doc }),
    sources: sourcesField(t, (e) => e.statement.sourceIds),
    by: t.string({ nullable: true, description: 'A planner’s edit: who.', resolve: (e) => e.statement.by }),
    at: t.string({
      nullable: true,
      description: 'A planner’s edit: when (ISO timestamp).',
      resolve: (e) => e.statement.at,
    }),
    note: t.string({ nullable: true, resolve: (e) => e.statement.note }),
    inferred: t.boolean({ resolve: (e) => e.statement.inferred }),
    current: t.boolean({
      description: 'The statement the item’s value comes from now.',
      resolve: (e) => e.current,
    }),
    slip: t.field({
      type: DateSlipRef,
      nullable: true,
      description: 'The slip from the previous statement with a value (dates only).',
      resolve: (e) => (e.slip.days === null ? null : e.slip),
    }),
  }),
});

const FieldHistoryRef = builder.objectRef<FieldHistory>('DateHistory').implement({
  description: 'Every statement about one field of an item, oldest first.',
  fields: (t) => ({
    field: t.field({ type: DateFieldEnum, resolve: (h) => h.field }),
    // Priced at the typical count (the papers state a date two or three times), not the list default.
    statements: t.field({
      type: [DateStatementRef],
      complexity: { field: 1, multiplier: 3 },
      resolve: (h) => [...h.entries],
    }),
    moves: t.int({
      description: 'How many times a statement gave another value than the one before.',
      resolve: (h) => h.moves,
    }),
    slipSinceFirst: t.field({
      type: DateSlipRef,
      nullable: true,
      description: 'From the first stated value to the current one (dates only).',
      resolve: (h) => (h.slipSinceFirst.days === null ? null : h.slipSinceFirst),
    }),
  }),
});

const dateHistoryField = {
  description:
    'Each of start, end, date and status that papers or planners stated: every statement in time order with its source and slip.',
  // At most four fields (start, end, date, status); an initiative has two, a milestone one or two.
  complexity: { field: 1, multiplier: 2 },
  load: (ids: string[], ctx: GraphQLContext) => dateHistories(ctx.db, ids),
};

builder.objectFields(InitiativeRef, (t) => ({
  dateHistory: t.loadableList({ type: FieldHistoryRef, ...dateHistoryField, resolve: (n) => n.id }),
}));

builder.objectFields(MilestoneRef, (t) => ({
  dateHistory: t.loadableList({ type: FieldHistoryRef, ...dateHistoryField, resolve: (n) => n.id }),
}));

export const DateMovesRef = builder.objectRef<DateMoves>('DateMoves').implement({
  description: 'How a tiltak’s dates moved over the papers: the evidence for "flyttet N ganger siden …".',
  fields: (t) => ({
    field: t.field({
      type: DateFieldEnum,
      description: 'The date that moved most.',
      resolve: (m) => m.field,
    }),
    moves: t.int({ resolve: (m) => m.moves }),
    repeated: t.boolean({
      description: `Moved ${REPEATED_MOVES} times or more: counted as a risk signal.`,
      resolve: (m) => m.moves >= REPEATED_MOVES,
    }),
    sinceYear: t.int({
      nullable: true,
      description: 'The year of the first statement.',
      resolve: (m) => m.sinceYear,
    }),
    sincePrevious: t.field({
      type: DateSlipRef,
      nullable: true,
      description: 'The current value against the one stated at the previous meeting (the previous veikart).',
      resolve: (m) => (m.sincePrevious.days === null ? null : m.sincePrevious),
    }),
    sinceFirst: t.field({
      type: DateSlipRef,
      nullable: true,
      description: 'The current value against the first one stated.',
      resolve: (m) => (m.sinceFirst.days === null ? null : m.sinceFirst),
    }),
    evidence: t.field({ type: [DateStatementRef], resolve: (m) => [...m.evidence] }),
  }),
});
