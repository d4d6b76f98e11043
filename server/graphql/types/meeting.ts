// Meeting and AgendaItem (sak): who met, what was on the agenda, and what was decided (vedtak).
import { builder } from '../builder.js';
import { DateWithPrecisionRef, dateOf, str, strOrNull } from './common.js';
import { AgendaItemRef, entityObjectOptions, InitiativeRef, MeetingRef } from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';

export const BodyEnum = builder.enumType('Body', {
  description: 'NUIT, the council (e-helsestyret until 2021, e-helserådet from 2022), or NUFA.',
  values: {
    NUIT: { value: 'nuit' },
    EHELSESTYRET: { value: 'ehelsestyret' },
    EHELSERADET: { value: 'ehelseradet' },
    NUFA: { value: 'nufa' },
  } as const,
});

export const AgendaItemKindEnum = builder.enumType('AgendaItemKind', {
  values: {
    GODKJENNING: { value: 'godkjenning' },
    ORIENTERING: { value: 'orientering' },
    DROFTING: { value: 'drofting' },
    TILSLUTNING: { value: 'tilslutning' },
    ANBEFALING: { value: 'anbefaling' },
    BESLUTNING: { value: 'beslutning' },
    ANNET: { value: 'annet' },
  } as const,
});

MeetingRef.implement({
  ...entityObjectOptions('Meeting'),
  fields: (t) => ({
    body: t.field({ type: BodyEnum, nullable: true, resolve: (n) => strOrNull(n, 'body') as 'nuit' | null }),
    number: t.string({
      nullable: true,
      description: 'As in the paper (1/2021); null when the paper gives none.',
      resolve: (n) => strOrNull(n, 'number'),
    }),
    date: t.field({
      type: DateWithPrecisionRef,
      nullable: true,
      description: 'Null when the paper gives none.',
      resolve: (n) => dateOf(n, 'date'),
    }),
    place: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'place') }),
    document: t.string({
      nullable: true,
      description: 'notice (decisions are proposals), minutes or slides.',
      resolve: (n) => strOrNull(n, 'document'),
    }),
    agenda: t.loadableList({
      type: AgendaItemRef,
      load: loadRelatedNodes('ON_AGENDA_OF', 'in'),
      resolve: (n) => n.id,
    }),
  }),
});

AgendaItemRef.implement({
  ...entityObjectOptions('AgendaItem'),
  description: 'A sak: numbered per body and year, so identified by its meeting.',
  fields: (t) => ({
    number: t.string({ resolve: (n) => str(n, 'number') }),
    title: t.string({ resolve: (n) => str(n, 'title') }),
    kind: t.field({ type: AgendaItemKindEnum, resolve: (n) => (str(n, 'kind') || 'annet') as 'annet' }),
    purpose: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'purpose') }),
    proposedDecision: t.string({
      nullable: true,
      description: 'Forslag til vedtak (from a notice).',
      resolve: (n) => strOrNull(n, 'proposedDecision'),
    }),
    decision: t.string({
      nullable: true,
      description: 'Vedtak (from minutes).',
      resolve: (n) => strOrNull(n, 'decision'),
    }),
    deferred: t.boolean({ resolve: (n) => n.props.deferred === true }),
    meeting: t.loadableList({
      type: MeetingRef,
      load: loadRelatedNodes('ON_AGENDA_OF', 'out'),
      resolve: (n) => n.id,
    }),
    concerns: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('DISCUSSED_IN', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
  }),
});
