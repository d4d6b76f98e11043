import { ActorRef, entityObjectOptions, InitiativeRef } from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';
import { ActorKindEnum } from './enums.js';

ActorRef.implement({
  ...entityObjectOptions('Actor'),
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.expose('kind', { type: ActorKindEnum }),
    description: t.exposeString('description', { nullable: true }),
    owns: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('OWNS', 'out', 'Initiative'),
      resolve: (n) => n.id,
    }),
    participatesIn: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('PARTICIPATES_IN', 'out', 'Initiative'),
      resolve: (n) => n.id,
    }),
  }),
});
