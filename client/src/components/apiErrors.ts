// Turns what Apollo reports into what a user should read: the API's own message in the current
// language, per-field problems, and the cycle path of a refused dependency.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Locale } from '../i18n/messages';

export interface ApiProblem {
  field: string;
  message: string;
}

export interface ApiError {
  code: string;
  message: string;
  problems: ApiProblem[];
  cycle: string[];
}

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

function fromGraphQLError(error: ErrorLike, locale: Locale): ApiError {
  const ext = error.extensions ?? {};
  const localized = locale === 'nb' ? ext.messageNb : ext.messageEn;
  const problems = Array.isArray(ext.problems)
    ? ext.problems.filter(
        (p): p is ApiProblem =>
          typeof p === 'object' &&
          p !== null &&
          'field' in p &&
          'message' in p &&
          typeof p.field === 'string',
      )
    : [];
  const cycle = Array.isArray(ext.cycle) ? ext.cycle.filter((s): s is string => typeof s === 'string') : [];
  return {
    code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
    message: typeof localized === 'string' ? localized : error.message,
    problems,
    cycle,
  };
}

/** All errors of a failed request, each in the user's language. */
export function describeApiErrors(error: unknown, locale: Locale): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => fromGraphQLError(e, locale));
  if (error instanceof Error) return [{ code: 'NETWORK', message: error.message, problems: [], cycle: [] }];
  return [{ code: 'UNKNOWN', message: String(error), problems: [], cycle: [] }];
}
