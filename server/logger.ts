// Structured JSON logging (pino); one logger per process, children per request.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'veikart' } });
}
