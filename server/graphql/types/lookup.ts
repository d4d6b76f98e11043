// Finding things: one entity by id, any kind; initiatives by id; text search across kinds.

import { findEntity, findInitiative, LISTABLE_LABELS, search } from '../../services/search.js';
import { builder } from '../builder.js';
import { EntityRef } from './common.js';
import { InitiativeRef } from './entities.js';

export const EntityKindEnum = builder.enumType('EntityKind', { values: LISTABLE_LABELS });

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    description: 'Any fact of the graph by its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => findEntity(ctx.db, String(args.id)),
  }),
  initiative: t.field({
    type: InitiativeRef,
    description: 'One initiative (tiltak) by id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => findInitiative(ctx.db, String(args.id)),
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
    resolve: (_root, args, ctx) => search(ctx.db, args.text, args.kinds, args.first ?? 20),
  }),
}));
