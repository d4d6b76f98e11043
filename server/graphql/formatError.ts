// What a client sees of an error: our AppErrors with their code and both languages; GraphQL's own
// validation errors as they are; anything else as INTERNAL with no details (logged, never leaked).
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

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
    const code = formatted.extensions?.code;
    // Parse, validation and limit errors from graphql-js and Apollo are safe and useful to show.
    if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
      return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
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
