// Errors the API reports to its users, each with a code and a message in bokmål and English.
// Repositories and domain adapters throw these; the GraphQL layer passes them on as they are
// and hides everything else behind INTERNAL.
export type ErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CYCLE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly messageNb: string,
    readonly messageEn: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageEn);
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `Fant ikke ${what} «${id}».`, `No ${what} with id "${id}".`, { id });

export interface FieldProblem {
  field: string;
  message: string;
}

const listed = (problems: FieldProblem[]) => problems.map((p) => `${p.field}: ${p.message}`).join('; ');

export const invalid = (problems: FieldProblem[]) =>
  new AppError('VALIDATION', `Ugyldige data: ${listed(problems)}`, `Invalid input: ${listed(problems)}`, {
    problems,
  });

/** A computed date past what a date can be written as (years 1–9999), e.g. after huge delays or lags. */
export const dateOutOfRange = (day: string, itemName: string | null = null) =>
  new AppError(
    'VALIDATION',
    `${itemName ? `«${itemName}»` : 'En beregnet dato'} havner på ${day}, utenfor årene 1–9999 som datoer kan skrives i.`,
    `${itemName ? `"${itemName}"` : 'A computed date'} would fall on ${day}, outside the years 1–9999 that dates can be written in.`,
    { day, itemName },
  );

/** Bad query parameters of an HTTP route (the export routes). */
export const invalidParameters = (problems: FieldProblem[]) =>
  new AppError(
    'VALIDATION',
    `Ugyldige parametre: ${listed(problems)}`,
    `Invalid parameters: ${listed(problems)}`,
    { problems },
  );

export const staleVersion = (id: string, expected: number, actual: number) =>
  new AppError(
    'CONFLICT',
    `«${id}» er endret av noen andre (versjon ${actual}, du redigerte versjon ${expected}). Last inn på nytt og prøv igjen.`,
    `"${id}" was changed by someone else (version ${actual}, you edited version ${expected}). Reload and try again.`,
    { id, expectedVersion: expected, actualVersion: actual },
  );

export const alreadyExists = (what: string, id: string) =>
  new AppError(
    'CONFLICT',
    `Det finnes allerede ${what} med id «${id}».`,
    `A ${what} with id "${id}" already exists.`,
    {
      id,
    },
  );

export const cycleRefused = (path: string[]) =>
  new AppError(
    'CYCLE',
    `Avhengigheten ville gi en sirkel: ${path.join(' → ')}.`,
    `The dependency would close a cycle: ${path.join(' → ')}.`,
    { cycle: path },
  );

export const forbidden = (needed: string) =>
  new AppError(
    'FORBIDDEN',
    `Du har ikke tilgang til dette (krever rollen ${needed}).`,
    `You are not allowed to do this (requires the ${needed} role).`,
    { requiredRole: needed },
  );

/** No valid bearer token where one is needed: the token is not valid, or there is none and anonymous callers may not. */
export const unauthenticated = () =>
  new AppError(
    'UNAUTHENTICATED',
    'Tilgangsnøkkelen mangler eller er ikke gyldig.',
    'The bearer token is missing or not valid.',
  );

/** An undo or redo refused: these nodes or relationships changed after the change set. */
export const historyConflict = (changeSetId: string, ids: string[]) =>
  new AppError(
    'CONFLICT',
    `Endring ${changeSetId} kan ikke angres: ${ids.slice(0, 20).join(', ')} er endret senere.`,
    `Change set ${changeSetId} cannot be undone: ${ids.slice(0, 20).join(', ')} changed since.`,
    { changeSetId, ids },
  );

export const historyRefused = (changeSetId: string, nb: string, en: string) =>
  new AppError('CONFLICT', `Endring ${changeSetId}: ${nb}`, `Change set ${changeSetId}: ${en}`, {
    changeSetId,
    ids: [],
  });

/** The database does not answer (down, paused, unreachable): try again shortly. */
export const databaseUnavailable = () =>
  new AppError(
    'UNAVAILABLE',
    'Databasen svarer ikke akkurat nå. Prøv igjen om litt.',
    'The database is not answering right now. Try again shortly.',
  );

export const databaseTimedOut = (ms: number) =>
  new AppError(
    'UNAVAILABLE',
    `Databasen brukte for lang tid (over ${ms / 1000} s). Prøv igjen om litt.`,
    `The database took too long (over ${ms / 1000} s). Try again shortly.`,
  );

/** The request took longer than the server's deadline. */
export const requestTimedOut = (ms: number) =>
  new AppError(
    'UNAVAILABLE',
    `Forespørselen tok for lang tid (over ${ms / 1000} s). Prøv igjen om litt.`,
    `The request took too long (over ${ms / 1000} s). Try again shortly.`,
  );

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `For mange forespørsler. Prøv igjen om ${retryAfterSeconds} s.`,
    `Too many requests. Try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );

/** An Idempotency-Key header that is not 1–200 printable ASCII characters. */
export const invalidIdempotencyKey = () =>
  new AppError(
    'VALIDATION',
    'Idempotency-Key må være 1–200 synlige ASCII-tegn (for eksempel en UUID).',
    'Idempotency-Key must be 1–200 visible ASCII characters (a UUID, for example).',
    { header: 'Idempotency-Key' },
  );

/** The key was used before for another request: answering that request's result would be wrong. */
export const idempotencyKeyReused = (key: string, changeSetIds: readonly string[]) =>
  new AppError(
    'CONFLICT',
    `Idempotency-Key «${key}» er brukt før for en annen forespørsel (endring ${changeSetIds.join(', ')}). Bruk en ny nøkkel for en ny endring.`,
    `Idempotency-Key "${key}" was used before for a different request (change set ${changeSetIds.join(', ')}). Use a new key for a new change.`,
    { idempotencyKey: key, changeSetIds, reason: 'KEY_REUSED' },
  );

/** The write of this key is applied (or being applied) by another request whose answer is not at hand. */
export const idempotentWriteApplied = (key: string, changeSetIds: readonly string[]) =>
  new AppError(
    'CONFLICT',
    `Forespørselen med Idempotency-Key «${key}» er allerede utført (endring ${changeSetIds.join(', ')}), men svaret er ikke tilgjengelig. Les dagens tilstand i stedet for å prøve igjen.`,
    `The request with Idempotency-Key "${key}" was applied already (change set ${changeSetIds.join(', ')}), but its answer is not available. Read the current state instead of retrying.`,
    { idempotencyKey: key, changeSetIds, reason: 'ALREADY_APPLIED' },
  );

/** A mutation outside the change log, which an Idempotency-Key cannot make safe to retry. */
export const idempotencyUnsupported = (fields: readonly string[]) =>
  new AppError(
    'VALIDATION',
    `Idempotency-Key kan ikke brukes med ${fields.join(', ')} (ikke i endringsloggen).`,
    `Idempotency-Key cannot be used with ${fields.join(', ')} (not in the change log).`,
    { fields, header: 'Idempotency-Key' },
  );

/** A write of the database refused because a concurrent one got there first (a constraint, a deleted node). */
export const concurrentWrite = () =>
  new AppError(
    'CONFLICT',
    'Noen andre endret de samme dataene samtidig. Last inn på nytt og prøv igjen.',
    'Someone else changed the same data at the same time. Reload and try again.',
    { reason: 'CONCURRENT_WRITE' },
  );

/** A whole-portfolio import while another one is still being written (one at a time: the switch replaces everything). */
export const importRunning = (by: string, sinceIso: string) =>
  new AppError(
    'CONFLICT',
    `En annen import (av ${by}, startet ${sinceIso}) pågår. Prøv igjen når den er ferdig.`,
    `Another import (by ${by}, started ${sinceIso}) is running. Try again when it has finished.`,
    { reason: 'IMPORT_RUNNING', by, since: sinceIso },
  );
