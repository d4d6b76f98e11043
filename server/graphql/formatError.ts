// What a client sees of an error: our AppErrors with their code and both languages; the client's own
// mistakes that graphql-js, Apollo or Pothos find (syntax, validation, bad variables, a bad cursor or
// page size, a persisted query that does not match, a subscription) as VALIDATION with the specific
// reason; the limits as QUERY_TOO_COMPLEX; anything else as INTERNAL with no details (logged, never
// leaked). Every error carries extensions.code, messageNb and messageEn.
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Apollo's and graphql-js' codes for a request the client got wrong. */
const CLIENT_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Codes we set ourselves outside AppError (graphqlViewerOf, the limits): shown as they are. */
const OWN_CODES = new Set([
  'QUERY_TOO_COMPLEX',
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'RATE_LIMITED',
]);

function clientMistake(formatted: GraphQLFormattedError, reason: string): GraphQLFormattedError {
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: 'VALIDATION',
      reason,
      messageNb: `Ugyldig forespørsel: ${formatted.message}`,
      messageEn: `Invalid request: ${formatted.message}`,
    },
  };
}

// The message is English (for developers and logs); clients show extensions.messageNb or messageEn.
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.messageEn,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: original.code,
          messageNb: original.messageNb,
          messageEn: original.messageEn,
          ...original.details,
        },
      };
    }
    // Pothos' checks of connection arguments (first, last, after, before) and global ids.
    if (original instanceof PothosValidationError) return clientMistake(formatted, 'BAD_USER_INPUT');
    // A validation rule of ours (the alias limit) reports its own code; Apollo files it under validation.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    const innerCode = inner instanceof GraphQLError ? inner.extensions.code : undefined;
    const code =
      typeof innerCode === 'string' && OWN_CODES.has(innerCode) ? innerCode : formatted.extensions?.code;
    if (typeof code === 'string' && OWN_CODES.has(code)) {
      return {
        ...formatted,
        extensions: {
          messageNb: `${code === 'QUERY_TOO_COMPLEX' ? 'Spørringen er for stor eller kostbar' : 'Forespørselen ble avvist'}: ${formatted.message}`,
          messageEn: formatted.message,
          ...formatted.extensions,
          code,
          stacktrace: undefined,
        },
      };
    }
    // graphql-js' parser stops at the token limit (parseOptions.maxTokens): a limit, like the others.
    if (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
      return {
        message: formatted.message,
        extensions: {
          code: 'QUERY_TOO_COMPLEX',
          measure: 'tokens',
          messageNb: `Spørringen er for stor: ${formatted.message}`,
          messageEn: formatted.message,
        },
      };
    }
    if (typeof code === 'string' && CLIENT_MISTAKES.has(code)) return clientMistake(formatted, code);
    // A GraphQLError raised by Apollo's request pipeline before execution (no path), e.g. a persisted
    // query whose hash does not match: about the request, not the server.
    if (original instanceof GraphQLError && formatted.path === undefined && original.originalError == null) {
      return clientMistake(formatted, 'BAD_REQUEST');
    }
    logger.error({ err: original, path: formatted.path }, 'internal error in a GraphQL request');
    return {
      message: 'Internal error: the request could not be completed.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL',
        messageNb: 'Intern feil: forespørselen kunne ikke fullføres.',
        messageEn: 'Internal error: the request could not be completed.',
      },
    };
  };
}
