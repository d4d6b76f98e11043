// What every edit mutation shares: the version argument, the editor from the viewer, and the
// input field builder type.
import type { Editor } from '../services/edits/editCommon.js';
import type { builder } from './builder.js';
import type { GraphQLContext } from './context.js';

/** Who edits (the token's identity) and why, from the optional reason and sakId arguments. */
export const editorOf = (
  ctx: GraphQLContext,
  why: { reason?: string | null; sakId?: string | number | null } = {},
): Editor => ({
  by: ctx.viewer.label,
  reason: why.reason ?? null,
  sakId: why.sakId === null || why.sakId === undefined ? null : String(why.sakId),
  idempotency: ctx.idempotency,
});

type ArgBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0]['arg'];

/** The version the planner edited; a newer one in the database refuses the edit with CONFLICT. */
export const versionArg = (t: { arg: ArgBuilder }) =>
  t.arg.int({
    required: true,
    description: 'The version you edited; a newer one in the database refuses the edit.',
  });

/** Why a change is made: every mutation that changes the plan takes these, recorded in its change set. */
export const whyArgs = (t: { arg: ArgBuilder }) => ({
  reason: t.arg.string({ required: false, description: 'Why: free text, kept in the change set.' }),
  sakId: t.arg.id({
    required: false,
    description: 'The sak the change follows from (41/20 or an agenda item id), kept in the change set.',
  }),
});

/** The field builder of input types, for field sets shared by a create and an update input. */
export type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields'] & object>[0];
