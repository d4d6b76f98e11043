// Status colours, shared by the timeline, the graph and the legend, in the GraphQL spelling the
// client receives (GREEN). The colours and words are the vocabulary's (components/vocabulary.ts), so
// the screen, the PNG/SVG and the PDF draw a status alike; the legend and labels carry the meaning
// too, so colour is never the only cue.
import { type GraphQLNameOf, graphqlNames, STATUS_COLOUR, STATUS_PALETTE } from './vocabulary';

export const STATUSES = graphqlNames(STATUS_COLOUR);
export type Status = GraphQLNameOf<(typeof STATUS_COLOUR.codes)[number]>;

type Colours = { fill: string; border: string; text: string };

export const STATUS_COLOURS = Object.fromEntries([
  ...STATUS_COLOUR.codes.map((code) => [code.toUpperCase(), STATUS_PALETTE[code]]),
  ['UNKNOWN', STATUS_PALETTE.unknown],
]) as Record<Status | 'UNKNOWN', Colours>;

export function statusKey(status: string | null | undefined): Status | 'UNKNOWN' {
  const upper = status?.toUpperCase();
  return (STATUSES as readonly string[]).includes(upper ?? '') ? (upper as Status) : 'UNKNOWN';
}
