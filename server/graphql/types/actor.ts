// Actor: an organisation that owns or takes part in initiatives.
import { builder } from '../builder.js';
import { str, strList, strOrNull } from './common.js';
import { ActorRef, entityObjectOptions, InitiativeRef } from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';

export const ActorKindEnum = builder.enumType('ActorKind', {
  values: {
    RHF: { value: 'rhf' },
    HELSEFORETAK: { value: 'helseforetak' },
    KOMMUNE: { value: 'kommune' },
    DIREKTORAT: { value: 'direktorat' },
    STATLIG_FORETAK: { value: 'statlig-foretak' },
    DEPARTEMENT: { value: 'departement' },
    INTERESSEORGANISASJON: { value: 'interesseorganisasjon' },
    LEVERANDOR: { value: 'leverandor' },
    EU_ORGAN: { value: 'eu-organ' },
    FORSKNING: { value: 'forskning' },
    ANNET: { value: 'annet' },
  } as const,
});

ActorRef.implement({
  ...entityObjectOptions('Actor'),
  fields: (t) => ({
    aliases: t.stringList({ resolve: (n) => strList(n, 'aliases') }),
    kind: t.field({ type: ActorKindEnum, resolve: (n) => (str(n, 'kind') || 'annet') as 'annet' }),
    description: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'description') }),
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
