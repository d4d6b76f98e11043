// What every request passes before a route sees it: security headers (helmet, with a CSP the built
// client and the paper pages meet), rate limits per client address and per token with a stricter one
// for failed authentication (429 with Retry-After and the JSON error body), and a deadline after
// which the caller gets 503 instead of waiting.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { resolveViewer, type TokenTable } from '../auth/viewer.js';
import { rateLimited, requestTimedOut } from '../errors.js';
import { sendError } from './errorResponse.js';
import { PAPER_SCRIPT } from './paperRoutes.js';

export interface HttpLimits {
  /** Requests per minute from one client address. */
  perIpPerMinute: number;
  /** Requests per minute with one bearer token. */
  perTokenPerMinute: number;
  /** Requests with an invalid token from one client address per 15 minutes, before it is refused. */
  authFailuresPer15Minutes: number;
  /** Longest a request may take before it is answered with 503. */
  requestTimeoutMs: number;
}

/** Paths never limited: the probes of an orchestrator. */
const PROBES = new Set(['/healthz', '/readyz']);

const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // The built client has no inline script; the paper page has one fixed line (by its hash).
        scriptSrc: ["'self'", scriptHash(PAPER_SCRIPT)],
        // React and vis set style attributes, the paper page has a <style> block.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Plain http on localhost must keep working; HSTS belongs to the TLS terminator in front.
    strictTransportSecurity: false,
  });

function tooMany(
  res: Parameters<RequestHandler>[1],
  req: Parameters<RequestHandler>[0],
  msBeforeNext: number,
) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  res.setHeader('retry-after', String(seconds));
  sendError(req, res, rateLimited(seconds));
}

export function rateLimits(tokens: TokenTable, limits: HttpLimits): RequestHandler {
  const perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.perIpPerMinute, duration: 60 });
  const perToken = new RateLimiterMemory({
    keyPrefix: 'token',
    points: limits.perTokenPerMinute,
    duration: 60,
  });
  const authFailures = new RateLimiterMemory({
    keyPrefix: 'auth',
    points: limits.authFailuresPer15Minutes,
    duration: 15 * 60,
  });
  return async (req, res, next) => {
    if (PROBES.has(req.path)) return next();
    const ip = req.ip ?? 'unknown';
    try {
      await perIp.consume(ip);
      const authorization = req.headers.authorization;
      if (authorization) {
        const failed = await authFailures.get(ip);
        if (failed && failed.consumedPoints >= limits.authFailuresPer15Minutes)
          return tooMany(res, req, failed.msBeforeNext);
        const viewer = await resolveViewer(tokens, authorization);
        // An invalid token counts against its address; the route then answers 401.
        if ('error' in viewer) await authFailures.consume(ip);
        else await perToken.consume(viewer.label);
      }
    } catch (error) {
      if (error instanceof RateLimiterRes) return tooMany(res, req, error.msBeforeNext);
      return next(error);
    }
    next();
  };
}

export const deadline =
  (ms: number): RequestHandler =>
  (req, res, next) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) sendError(req, res, requestTimedOut(ms));
    }, ms);
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
