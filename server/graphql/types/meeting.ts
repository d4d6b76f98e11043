import { DateWithPrecisionRef } from './common.js';
import { AgendaItemRef, entityObjectOptions, InitiativeRef, MeetingRef } from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';
import { AgendaItemKindEnum, BodyEnum } from './enums.js';

MeetingRef.implement({
  ...entityObjectOptions('Meeting'),
  fields: (t) => ({
    body: t.expose('body', { type: BodyEnum, nullable: true }),
    number: t.exposeString('number', {
      nullable: true,
      description: 'As in the paper (1/2021); null when the paper gives none.',
    }),
    date: t.expose('date', {
      type: DateWithPrecisionRef,
      nullable: true,
      description: 'Null when the paper gives none.',
    }),
    place: t.exposeString('place', { nullable: true }),
    document: t.exposeString('document', {
      nullable: true,
      description: 'notice (decisions are proposals), minutes or slides.',
    }),
    agenda: t.loadableList({
      type: AgendaItemRef,
      load: loadRelatedNodes('ON_AGENDA_OF', 'in', 'AgendaItem'),
      resolve: (n) => n.id,
    }),
  }),
});

AgendaItemRef.implement({
  ...entityObjectOptions('AgendaItem'),
  description: 'A sak: numbered per body and year, so identified by its meeting.',
  fields: (t) => ({
    number: t.exposeString('number'),
    title: t.exposeString('title'),
    kind: t.expose('kind', { type: AgendaItemKindEnum }),
    purpose: t.exposeString('purpose', { nullable: true }),
    proposedDecision: t.exposeString('proposedDecision', {
      nullable: true,
      description: 'Forslag til vedtak (from a notice).',
    }),
    decision: t.exposeString('decision', { nullable: true, description: 'Vedtak (from minutes).' }),
    deferred: t.exposeBoolean('deferred'),
    meeting: t.loadableList({
      type: MeetingRef,
      load: loadRelatedNodes('ON_AGENDA_OF', 'out', 'Meeting'),
      resolve: (n) => n.id,
    }),
    concerns: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('DISCUSSED_IN', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
  }),
});
