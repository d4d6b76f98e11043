// What every edit mutation shares: the version argument, the editor from the viewer, and the
// input field builder type.
import type { Editor } from '../services/edits/editCommon.js';
import type { builder } from './builder.js';
import type { GraphQLContext } from './context.js';

export const editorOf = (ctx: GraphQLContext): Editor => ({ by: ctx.viewer.label });

type ArgBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0]['arg'];

/** The version the planner edited; a newer one in the database refuses the edit with CONFLICT. */
export const versionArg = (t: { arg: ArgBuilder }) =>
  t.arg.int({
    required: true,
    description: 'The version you edited; a newer one in the database refuses the edit.',
  });

/** The field builder of input types, for field sets shared by a create and an update input. */
export type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields'] & object>[0];
