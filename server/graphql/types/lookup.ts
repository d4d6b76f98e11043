// Finding things: one entity by id, any kind; initiatives by id; text search across kinds.

import { findEntitiesByIds } from '../../db/repositories/entityRepository.js';
import { LISTABLE_LABELS, searchEntities } from '../../db/repositories/searchRepository.js';
import { searchTokens } from '../../domain/text/foldForSearch.js';
import { invalid, notFound } from '../../errors.js';
import { builder } from '../builder.js';
import { EntityRef } from './common.js';
import { InitiativeRef } from './entities.js';

export const EntityKindEnum = builder.enumType('EntityKind', { values: LISTABLE_LABELS });

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    description: 'Any fact of the graph by its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [row] = await findEntitiesByIds(ctx.db, [String(args.id)]);
      if (!row) throw notFound('element', String(args.id));
      return row;
    },
  }),
  initiative: t.field({
    type: InitiativeRef,
    description: 'One initiative (tiltak) by id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [row] = await findEntitiesByIds(ctx.db, [String(args.id)]);
      if (row?.label !== 'Initiative') throw notFound('tiltak', String(args.id));
      return row;
    },
  }),
  search: t.field({
    type: [EntityRef],
    description:
      'Find initiatives, actors, risks, meetings … by name, alias or abbreviation; case, accents and æøå do not matter.',
    args: {
      text: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 20;
      if (first < 1 || first > 100) throw invalid([{ field: 'first', message: 'must be between 1 and 100' }]);
      if (args.text.length > 200) throw invalid([{ field: 'text', message: 'at most 200 characters' }]);
      return searchEntities(
        ctx.db,
        searchTokens(args.text),
        args.kinds?.length ? args.kinds : LISTABLE_LABELS,
        first,
      );
    },
  }),
}));
