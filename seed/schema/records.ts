// One zod schema per kind of seed record (the format is described in seed/README.md). Every
// closed list of codes comes from the vocabulary tables in server/domain/model.
import { z } from 'zod';
import {
  ACTOR_KIND,
  AGENDA_ITEM_KIND,
  BODY,
  CONDITION_KIND,
  CONDITION_STATE,
  DATE_FIELD,
  DATE_STATEMENT_KIND,
  DEPENDENCY_KIND,
  DEPENDENCY_TYPE,
  INITIATIVE_KIND,
  MEETING_DOCUMENT,
  MILESTONE_STATUS,
  RISK_KIND,
  STATUS_COLOUR,
} from '../../server/seedEntry.js';
import { idSchema, inferenceFields, precisionDateSchema, sourcesSchema, textSchema } from './common.js';

const names = {
  name: textSchema.optional(),
  aliases: z.array(textSchema).optional(),
};

export const actorSchema = z.strictObject({
  id: idSchema,
  ...names,
  kind: z.enum(ACTOR_KIND.codes).optional(),
  description: textSchema.optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

const statusReportSchema = z.strictObject({
  asOf: precisionDateSchema,
  colour: z.enum(STATUS_COLOUR.codes).optional(),
  phase: textSchema.optional(),
  risk: z.enum(STATUS_COLOUR.codes).optional(),
  note: textSchema.optional(),
  sources: sourcesSchema,
});

const budgetSchema = z.strictObject({
  nok: z.number().nonnegative(),
  year: z.number().int().min(2000).max(2100).optional(),
  note: textSchema.optional(),
  sources: sourcesSchema,
});

const linkSchema = z.strictObject({
  id: idSchema,
  sources: sourcesSchema,
  ...inferenceFields,
});

/**
 * One paper's statement about a start, end, date or status: planned, forecast, actual, or postponed
 * without a new date (then no value). The value is a canonical precision date, or a milestone status
 * code for `status`; checked in seed/statements.ts. A planner's edit is never in the seed.
 */
export const dateStatementSchema = z.strictObject({
  field: z.enum(DATE_FIELD.codes),
  value: z.union([z.string(), z.number().int()]).transform(String).optional(),
  text: textSchema.optional(),
  kind: z.enum(DATE_STATEMENT_KIND.codes),
  /** The meeting whose paper states it; by default the meeting of the cited sak, else the paper's own. */
  meeting: idSchema.optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export type DateStatementRecord = z.infer<typeof dateStatementSchema>;

export const initiativeSchema = z.strictObject({
  id: idSchema,
  ...names,
  kind: z.enum(INITIATIVE_KIND.codes).optional(),
  description: textSchema.optional(),
  partOf: idSchema.optional(),
  succeeds: linkSchema.optional(),
  owners: z.array(idSchema).optional(),
  participants: z.array(idSchema).optional(),
  start: precisionDateSchema.optional(),
  end: precisionDateSchema.optional(),
  startText: textSchema.optional(),
  endText: textSchema.optional(),
  budget: budgetSchema.optional(),
  statusReports: z.array(statusReportSchema).optional(),
  goal: idSchema.optional(),
  service: textSchema.optional(),
  yearActivities: z
    .array(z.strictObject({ year: z.number().int(), text: textSchema, sources: sourcesSchema }))
    .optional(),
  periodText: textSchema.optional(),
  dateStatements: z.array(dateStatementSchema).optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const goalSchema = z.strictObject({
  id: idSchema,
  title: textSchema.optional(),
  target: textSchema.optional(),
  deadline: precisionDateSchema.optional(),
  conditionsText: textSchema.optional(),
  veikartYear: z.number().int().optional(),
  agendaItem: idSchema.optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const conditionSchema = z.strictObject({
  id: idSchema,
  ...names,
  kind: z.enum(CONDITION_KIND.codes).optional(),
  state: z.enum(CONDITION_STATE.codes).optional(),
  stateNote: textSchema.optional(),
  date: precisionDateSchema.optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const milestoneSchema = z.strictObject({
  id: idSchema,
  ...names,
  initiative: idSchema.optional(),
  date: precisionDateSchema.optional(),
  dateText: textSchema.optional(),
  status: z.enum(MILESTONE_STATUS.codes).optional(),
  description: textSchema.optional(),
  dateStatements: z.array(dateStatementSchema).optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const dependencySchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  kind: z.enum(DEPENDENCY_KIND.codes),
  // Defaults (FS, 0) are applied after merging, so a paper that leaves them out never conflicts with one that sets them.
  type: z.enum(DEPENDENCY_TYPE.codes).optional(),
  lagDays: z.number().int().optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

const affectsSchema = z.strictObject({
  target: idSchema,
  expectedDelayDays: z.number().int().nonnegative().nullable().optional(),
  delayText: textSchema.optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const riskSchema = z.strictObject({
  id: idSchema,
  ...names,
  kind: z.enum(RISK_KIND.codes).optional(),
  date: precisionDateSchema.optional(),
  dateText: textSchema.optional(),
  description: textSchema.optional(),
  affects: z.array(affectsSchema).optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const meetingSchema = z.strictObject({
  id: idSchema,
  body: z.enum(BODY.codes).optional(),
  number: textSchema.optional(),
  date: precisionDateSchema.optional(),
  time: textSchema.optional(),
  place: textSchema.optional(),
  document: z.enum(MEETING_DOCUMENT.codes).optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

export const agendaItemSchema = z.strictObject({
  id: idSchema,
  meeting: idSchema.optional(),
  number: textSchema.optional(),
  title: textSchema.optional(),
  kind: z.enum(AGENDA_ITEM_KIND.codes).optional(),
  purpose: textSchema.optional(),
  proposedDecision: textSchema.optional(),
  decision: textSchema.optional(),
  deferred: z.boolean().optional(),
  presenter: textSchema.optional(),
  concerns: z.array(idSchema).optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

const distributionSchema = z.record(z.string(), z.number().nonnegative());

export const snapshotSchema = z.strictObject({
  id: idSchema,
  asOf: precisionDateSchema,
  projects: z.number().int().nonnegative().optional(),
  budgetNok: z.number().nonnegative().optional(),
  status: distributionSchema.optional(),
  risk: distributionSchema.optional(),
  segments: distributionSchema.optional(),
  challenges: z.array(textSchema).optional(),
  sources: sourcesSchema,
  ...inferenceFields,
});

/** The record kinds, by the file name they live in (seed/data/<paper>/<file>.yaml). */
export const RECORD_SCHEMAS = {
  actors: actorSchema,
  initiatives: initiativeSchema,
  goals: goalSchema,
  conditions: conditionSchema,
  milestones: milestoneSchema,
  dependencies: dependencySchema,
  risks: riskSchema,
  meetings: meetingSchema,
  'agenda-items': agendaItemSchema,
  snapshots: snapshotSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

export type Actor = z.infer<typeof actorSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
