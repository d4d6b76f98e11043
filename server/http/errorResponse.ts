// The error answer of every HTTP route: always JSON {code, messageNb, messageEn, details}, never HTML
// and never a stack trace. Read from typed errors only: an AppError by its code, a ZodError (bad query
// parameters) as VALIDATION naming the fields, an HTTP error of express or its body parser (bad JSON,
// too large, bad URI encoding) by its status; anything else is INTERNAL (logged, never shown).
// Under /graphql the same body also carries `errors` in the GraphQL response shape, so GraphQL
// clients read it like any other GraphQL error.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { AppError, invalidParameters } from '../errors.js';
import type { Logger } from '../logger.js';
import { HTTP_STATUS } from './status.js';

export function sendError(
  req: Request,
  res: Response,
  error: AppError,
  status = HTTP_STATUS[error.code],
): void {
  const body = {
    code: error.code,
    messageNb: error.messageNb,
    messageEn: error.messageEn,
    details: error.details,
  };
  res
    .status(status)
    .json(
      req.originalUrl.startsWith('/graphql')
        ? { ...body, errors: [{ message: error.messageEn, extensions: { ...body, ...error.details } }] }
        : body,
    );
}

/** The problems of a ZodError, each naming its parameter. */
export const parameterProblems = (error: ZodError) =>
  error.issues.map((i) => ({ field: i.path.join('.') || 'query', message: i.message }));

/** What an HTTP error of express or a body parser means to the caller, or null for anything else. */
function httpError(error: unknown): { status: number; error: AppError } | null {
  const e = error as { status?: unknown; type?: unknown; limit?: unknown } | null;
  const status = typeof e?.status === 'number' ? e.status : null;
  if (status === null || status < 400 || status >= 500) return null;
  if (status === 413) {
    const bytes = typeof e?.limit === 'number' ? e.limit : 0;
    const bodyLimit = bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`;
    return {
      status,
      error: new AppError(
        'VALIDATION',
        `Innholdet er for stort (høyst ${bodyLimit}).`,
        `The request body is too large (at most ${bodyLimit}).`,
        { limitBytes: bytes },
      ),
    };
  }
  if (e?.type === 'entity.parse.failed')
    return {
      status: 400,
      error: new AppError('VALIDATION', 'Innholdet er ikke gyldig JSON.', 'The body is not valid JSON.'),
    };
  if (status === 415 || e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported')
    return {
      status: 415,
      error: new AppError(
        'VALIDATION',
        'Innholdet har en type eller tegnkoding serveren ikke leser.',
        'The body has a content type or encoding the server does not read.',
      ),
    };
  if (error instanceof URIError || /decode param/i.test(String((error as Error).message)))
    return {
      status: 400,
      error: new AppError(
        'VALIDATION',
        'Adressen har ugyldig tegnkoding.',
        'The address is not validly percent-encoded.',
      ),
    };
  return {
    status,
    error: new AppError('VALIDATION', 'Forespørselen er ugyldig.', 'The request is not valid.'),
  };
}

/** Error middleware for everything: the last handler of the app. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    // Too late for an answer: the deadline already answered (the late work's error is expected), or a
    // file was half sent (cut the connection so the client sees it incomplete).
    if (res.headersSent) {
      logger.debug({ err: error, path: req.path }, 'error after the answer was sent');
      if (!res.writableEnded) req.socket.destroy();
      return;
    }
    if (error instanceof AppError) return sendError(req, res, error);
    if (error instanceof ZodError) return sendError(req, res, invalidParameters(parameterProblems(error)));
    const http = httpError(error);
    if (http) return sendError(req, res, http.error, http.status);
    logger.error({ err: error, path: req.path }, 'request failed');
    sendError(
      req,
      res,
      new AppError(
        'INTERNAL',
        'Intern feil: forespørselen kunne ikke fullføres.',
        'Internal error: the request could not be completed.',
      ),
    );
  };
}

/** 404 for a path nothing serves. */
export const notFoundJson: RequestHandler = (req, res) =>
  sendError(
    req,
    res,
    new AppError('NOT_FOUND', `Fant ingenting på «${req.path}».`, `Nothing is served at "${req.path}".`, {
      path: req.path,
    }),
  );

/** 405 for a known path asked with a method it does not answer. */
export const methodNotAllowed =
  (allowed: string[]): RequestHandler =>
  (req, res) => {
    res.setHeader('allow', allowed.join(', '));
    sendError(
      req,
      res,
      new AppError(
        'VALIDATION',
        `Metoden ${req.method} støttes ikke her (bruk ${allowed.join(' eller ')}).`,
        `The method ${req.method} is not supported here (use ${allowed.join(' or ')}).`,
        { allowed },
      ),
      405,
    );
  };
