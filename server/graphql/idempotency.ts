// Idempotency-Key for GraphQL mutations: a mutation sent again with the same key gets the first
// answer back (header idempotent-replayed: true) instead of being applied again. Before executing, the
// key is looked up; after executing, the answer is kept on the request's change sets. A retry that
// raced the first request past the lookup is rolled back by the change log and answered here with
// the first request's answer. Queries ignore the key (they change nothing).
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { type FieldNode, Kind, type OperationDefinitionNode } from 'graphql';
import { AppError, idempotencyUnsupported } from '../errors.js';
import { appGraphQLError } from '../http/auth.js';
import { priorAnswer, rememberAnswer, type StoredAnswer } from '../services/idempotency.js';
import type { GraphQLContext } from './context.js';

/** Mutations that write outside the change log, where a key could not be kept with the write. */
const OUTSIDE_CHANGE_LOG = new Set(['saveBaseline', 'deleteBaseline']);

const REPLAYED = 'idempotent-replayed';

function topLevelFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections
    .filter((s): s is FieldNode => s.kind === Kind.FIELD)
    .map((s) => s.name.value);
}

/** An AppError as the GraphQL answer of the whole request, with its HTTP status. */
function errorAnswer(error: AppError): StoredAnswer {
  return {
    status: 409,
    body: {
      data: null,
      errors: [
        {
          message: error.messageEn,
          extensions: {
            code: error.code,
            messageNb: error.messageNb,
            messageEn: error.messageEn,
            ...error.details,
          },
        },
      ],
    },
  };
}

function replay(response: GraphQLResponse, answer: StoredAnswer): void {
  response.http.status = answer.status;
  response.http.headers.set(REPLAYED, 'true');
  response.body = { kind: 'single', singleResult: answer.body as Record<string, never> };
}

export const idempotencyPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue }) {
    const claim = contextValue.idempotency;
    if (!claim) return;
    const { db } = contextValue;
    let mutation = false;
    let answered: StoredAnswer | null = null;
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'mutation') return;
        mutation = true;
        const unsupported = topLevelFields(operation).filter((f) => OUTSIDE_CHANGE_LOG.has(f));
        if (unsupported.length > 0) throw appGraphQLError(idempotencyUnsupported(unsupported));
      },
      async responseForOperation() {
        if (!mutation) return null;
        // A lookup that fails (the database is down) lets the write run: the change log still refuses a twin.
        const prior = await priorAnswer(db, claim).catch(() => null);
        if (prior === null) return null;
        answered = prior instanceof AppError ? errorAnswer(prior) : prior;
        return {
          http: { status: answered.status, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: {} },
        };
      },
      async willSendResponse({ response }) {
        if (!mutation || response.body.kind !== 'single') return;
        if (answered) {
          replay(response, answered);
          return;
        }
        const result = response.body.singleResult;
        // A failed retry may have lost to its twin (stale version, id taken, rolled back by the change
        // log): the twin's answer is the one to give.
        if (result.errors?.length) {
          const prior = await priorAnswer(db, claim).catch(() => null);
          if (prior !== null) {
            replay(response, prior instanceof AppError ? errorAnswer(prior) : prior);
            return;
          }
        }
        await rememberAnswer(db, claim, { status: response.http.status ?? 200, body: result }).catch(
          (error: unknown) =>
            contextValue.logger.warn({ err: error }, 'could not keep the idempotent answer'),
        );
      },
    };
  },
};
