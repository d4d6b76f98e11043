// The error answer of the HTTP routes (exports and import): always JSON {code, messageNb, messageEn,
// details}, never HTML. Read from typed errors only: an AppError by its code, a ZodError (bad query
// parameters) as VALIDATION naming the fields, a body-parser error by its status; anything else is
// INTERNAL (logged, never shown).
import type { ErrorRequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { AppError, invalidParameters } from '../errors.js';
import type { Logger } from '../logger.js';
import { HTTP_STATUS } from './status.js';

function sendError(res: Response, error: AppError, status = HTTP_STATUS[error.code]): void {
  res.status(status).json({
    code: error.code,
    messageNb: error.messageNb,
    messageEn: error.messageEn,
    details: error.details,
  });
}

/** The problems of a ZodError, each naming its parameter. */
export const parameterProblems = (error: ZodError) =>
  error.issues.map((i) => ({ field: i.path.join('.') || 'query', message: i.message }));

/** What a body parser's error means to the caller: a body too large (413) or not JSON (400). */
function bodyError(error: unknown, limitMb: number): { status: number; error: AppError } | null {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 413)
    return {
      status,
      error: new AppError(
        'VALIDATION',
        `Filen er for stor (høyst ${limitMb} MB).`,
        `The file is too large (at most ${limitMb} MB).`,
      ),
    };
  if (status === 400)
    return {
      status,
      error: new AppError('VALIDATION', 'Innholdet er ikke gyldig JSON.', 'The body is not valid JSON.'),
    };
  return null;
}

/** Error middleware for the routes under `prefixes`; errors of other routes go on. */
export function jsonErrors(logger: Logger, prefixes: string[], bodyLimitMb: number): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (!prefixes.some((p) => req.path.startsWith(p))) {
      next(error);
      return;
    }
    if (error instanceof AppError) return sendError(res, error);
    if (error instanceof ZodError) return sendError(res, invalidParameters(parameterProblems(error)));
    const body = bodyError(error, bodyLimitMb);
    if (body) return sendError(res, body.error, body.status);
    logger.error({ err: error, path: req.path }, 'export failed');
    sendError(
      res,
      new AppError('INTERNAL', 'Eksporten feilet på serveren.', 'The export failed on the server.'),
    );
  };
}
