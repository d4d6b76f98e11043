// A tiny HTTP server for the client benchmark: dist/client as static files (the app shell for every
// other path) and a /graphql that answers the app's queries from a synthetic portfolio, so the figures
// measure the browser, not Neo4j.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import {
  answerActors,
  answerGraph,
  answerHealth,
  answerRoadmap,
  type GraphVariables,
  type Portfolio,
  type RoadmapVariables,
} from './synthetic.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export interface BenchServer {
  url: string;
  /** Swaps the portfolio the /graphql answers from. */
  use(portfolio: Portfolio): void;
  /** Bytes of the last answer per operation (to report payload sizes). */
  lastBytes: Map<string, number>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function answer(portfolio: Portfolio, operation: string, variables: Record<string, unknown>): unknown {
  switch (operation) {
    case 'Roadmap':
      return answerRoadmap(portfolio, variables as unknown as RoadmapVariables);
    case 'DependencyGraph':
      return answerGraph(portfolio, variables as unknown as GraphVariables);
    case 'ActorOptions':
      return answerActors(portfolio);
    case 'Health':
      return answerHealth(portfolio);
    default:
      return null;
  }
}

export async function startBenchServer(clientDir: string, portfolio: Portfolio): Promise<BenchServer> {
  let current = portfolio;
  const lastBytes = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql' && req.method === 'POST') {
      const request = JSON.parse(await body(req)) as {
        operationName: string;
        variables?: Record<string, unknown>;
      };
      const data = answer(current, request.operationName, request.variables ?? {});
      const text = JSON.stringify(
        data
          ? { data }
          : {
              errors: [
                {
                  message: `not in the benchmark: ${request.operationName}`,
                  extensions: { code: 'INTERNAL' },
                },
              ],
            },
      );
      lastBytes.set(
        request.operationName,
        Math.max(lastBytes.get(request.operationName) ?? 0, Buffer.byteLength(text)),
      );
      res.writeHead(200, { 'content-type': 'application/json' }).end(text);
      return;
    }
    const path = normalize(join(clientDir, decodeURIComponent(url.pathname)));
    const file = path.startsWith(clientDir) && extname(path) ? path : join(clientDir, 'index.html');
    try {
      const content = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(content);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use: (next) => {
      current = next;
    },
    lastBytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
