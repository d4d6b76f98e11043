// One caller cannot take the server's CPU from everyone else. Engine runs (impact, year agenda, a
// scenario's result) are synchronous CPU work: eight requests of fifteen runs each, sent at once by one
// viewer, held the event loop so long that a planner's roadmap took 27 s. The cost limit bounds one
// request; this bounds how many costly requests (those with an engine run) one caller has in flight:
// the next one is answered 429 with Retry-After at once, and cheap requests are never held back.
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { GraphQLError } from 'graphql';
import { rateLimited } from '../errors.js';
import { ENGINE_COST } from './builder.js';
import type { GraphQLContext } from './context.js';

/** Costly requests one caller may have in flight (two: a page may ask for an impact and an agenda at once). */
export const ENGINE_REQUESTS_PER_CALLER = 2;

export function engineGate(perCaller = ENGINE_REQUESTS_PER_CALLER): ApolloServerPlugin<GraphQLContext> {
  const inFlight = new Map<string, number>();
  const release = (caller: string) => {
    const left = (inFlight.get(caller) ?? 1) - 1;
    if (left > 0) inFlight.set(caller, left);
    else inFlight.delete(caller);
  };
  return {
    async requestDidStart({ contextValue }) {
      const caller = contextValue.viewer.label;
      let held = false;
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // Only queries and mutations run engines (a subscription has no root type here to measure).
          if (operation?.operation !== 'query' && operation?.operation !== 'mutation') return;
          const { complexity } = complexityFromQuery(document, {
            schema,
            ctx: contextValue,
            variables: request.variables ?? {},
          });
          if (complexity < ENGINE_COST) return;
          if ((inFlight.get(caller) ?? 0) >= perCaller) {
            const error = rateLimited(1);
            throw new GraphQLError(error.messageEn, {
              extensions: {
                code: error.code,
                messageNb: error.messageNb,
                messageEn: error.messageEn,
                ...error.details,
                http: { status: 429, headers: new HeaderMap([['retry-after', '1']]) },
              },
            });
          }
          inFlight.set(caller, (inFlight.get(caller) ?? 0) + 1);
          held = true;
        },
        async willSendResponse() {
          if (held) release(caller);
          held = false;
        },
      };
    },
  };
}
