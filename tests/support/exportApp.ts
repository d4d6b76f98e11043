// For the export tests: the seeded test database and the app over it, and a fetch of an export.
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { startTestApp, type TestApp } from './app.js';
import { openTestDatabase } from './database.js';
import { ensureSeeded } from './seed.js';

export function seededExportApp(): { app: TestApp; db: Database } {
  const ctx = {} as { app: TestApp; db: Database };
  beforeAll(async () => {
    ctx.db = openTestDatabase();
    await ensureSeeded(ctx.db);
    ctx.app = await startTestApp(ctx.db);
  }, 180_000);
  afterAll(async () => {
    await ctx.app?.stop();
    await ctx.db?.close();
  });
  return ctx;
}

export interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  bytes: Buffer;
  text: string;
  json(): unknown;
}

export async function download(
  app: TestApp,
  path: string,
  headers: Record<string, string> = {},
): Promise<Download> {
  const res = await fetch(`${app.url}${path}`, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes,
    text: bytes.toString('utf8'),
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}
