// Paged lists (Relay connections) of initiatives, actors, risks and meetings.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { invalid } from '../../errors.js';
import { type ListableLabel, listPage, MAX_PAGE } from '../../services/search.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { ActorRef, InitiativeRef, MeetingRef, RiskRef } from './entities.js';

function pageOf<L extends ListableLabel>(label: L) {
  return async (
    args: {
      first?: number | null;
      last?: number | null;
      after?: string | null;
      before?: string | null;
      text?: string | null;
      kinds?: string[] | null;
    },
    ctx: GraphQLContext,
  ) => {
    if ((args.first ?? 0) > MAX_PAGE || (args.last ?? 0) > MAX_PAGE) {
      throw invalid([{ field: 'first', message: `at most ${MAX_PAGE} per page` }]);
    }
    let totalCount = 0;
    const connection = await resolveOffsetConnection(
      { args, defaultSize: 50, maxSize: MAX_PAGE },
      async ({ limit, offset }) => {
        const page = await listPage(ctx.db, label, args, { offset, limit });
        totalCount = page.totalCount;
        return page.rows;
      },
    );
    return { ...connection, totalCount };
  };
}

builder.queryFields((t) => ({
  initiatives: t.connection({
    type: InitiativeRef,
    description: 'Initiatives by name, optionally of some kinds and matching a text.',
    args: { text: t.arg.string({ required: false }), kinds: t.arg.stringList({ required: false }) },
    resolve: (_root, args, ctx) => pageOf('Initiative')(args, ctx),
  }),
  actors: t.connection({
    type: ActorRef,
    args: { text: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) => pageOf('Actor')(args, ctx),
  }),
  risks: t.connection({
    type: RiskRef,
    args: { text: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) => pageOf('Risk')(args, ctx),
  }),
  meetings: t.connection({
    type: MeetingRef,
    args: { text: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) => pageOf('Meeting')(args, ctx),
  }),
}));
