// Every GraphQL document the client sends, checked against the server's schema and measured the way
// the server measures it (Pothos' complexity plugin with the schema's own field costs): valid, within
// the depth limit, and using less than half of the complexity (cost) limit, so the app keeps working
// when its queries grow a little. The documents are the exported ones of client/src.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  isObjectType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  parse,
  print,
  Source,
  TokenKind,
  validate,
  visit,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_COST, LIMITS } from '../../server/graphql/builder.js';
import { aliasLimit, DOCUMENT_LIMITS } from '../../server/graphql/limits.js';
import { schema } from '../../server/graphql/schema.js';
import { repoRoot } from '../../server/repoRoot.js';

const CLIENT = join(repoRoot, 'client/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
const operationOf = (doc: DocumentNode) =>
  doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

interface ClientOperation {
  name: string;
  file: string;
  document: DocumentNode;
}
const operations: ClientOperation[] = [];
/** Operation names written in the sources (`query Name`, `mutation Name`). */
const written = new Set<string>();

beforeAll(async () => {
  for (const file of sourceFiles(CLIENT)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('graphql(')) continue;
    for (const m of text.matchAll(/^\s*(?:query|mutation)\s+([A-Za-z0-9_]+)/gm)) written.add(m[1] as string);
    const module = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const operation = isDocument(value) ? operationOf(value) : undefined;
      if (operation?.name)
        operations.push({
          name: operation.name.value,
          file: relative(repoRoot, file),
          document: value as DocumentNode,
        });
    }
  }
}, 60_000);

/** The cost as the server computes it. No field's cost depends on its arguments (checked below), so the
 * variables do not change it and the operation is measured without them. */
function cost(document: DocumentNode) {
  const withoutVariables = {
    ...document,
    definitions: document.definitions.map((d) =>
      d.kind === Kind.OPERATION_DEFINITION ? { ...d, variableDefinitions: [] } : d,
    ),
  };
  return complexityFromQuery(withoutVariables, { schema });
}

describe('the client documents', () => {
  it('are all exported, so this test sees them', () => {
    expect(operations.length).toBeGreaterThan(10);
    expect(new Set(operations.map((o) => o.name))).toEqual(written);
  });

  it('have costs that do not depend on arguments', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        expect(typeof field.extensions.complexity, `${type.name}.${field.name}`).not.toBe('function');
    }
  });

  it('are valid against the server schema', () => {
    for (const o of operations) expect(validate(schema, o.document), `${o.name} (${o.file})`).toEqual([]);
  });

  it('stay within the depth limit and under half of the cost limit', () => {
    const table = operations
      .map((o) => ({ operation: o.name, file: o.file, ...cost(o.document) }))
      .sort((a, b) => b.complexity - a.complexity);
    // The figures, for the record (npx vitest run tests/unit/queryCost.test.ts).
    console.table(
      table.map(({ operation, complexity, depth, breadth }) => ({ operation, complexity, depth, breadth })),
    );
    for (const row of table) {
      expect(row.depth, `${row.operation} depth`).toBeLessThanOrEqual(LIMITS.depth);
      expect(row.complexity, `${row.operation} cost`).toBeLessThan(LIMITS.complexity / 2);
    }
  });

  it('include the details panel as one query', () => {
    const details = operations.filter((o) => o.file.includes('features/details/'));
    expect(details.map((o) => o.name)).toEqual(['EntityDetails']);
    const measured = cost(details[0]?.document as DocumentNode);
    // Broader than the old breadth limit of 150 fields, yet cheap.
    expect(measured.breadth).toBeGreaterThan(150);
    expect(measured.complexity).toBeLessThan(LIMITS.complexity / 10);
  });
});

/** Lexical tokens of a document as the server's parser counts them (printed, as the client sends it). */
function tokens(document: DocumentNode): number {
  const lexer = new Lexer(new Source(print(document)));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** Aliased fields anywhere in the document (an upper bound of what the alias rule counts). */
function aliases(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias) count++;
    },
  });
  return count;
}

describe('the client documents and the document limits', () => {
  it('use at most a third of the token and alias limits', () => {
    const table = operations
      .map((o) => ({ operation: o.name, tokens: tokens(o.document), aliases: aliases(o.document) }))
      .sort((a, b) => b.tokens - a.tokens);
    console.table(table.slice(0, 5));
    for (const row of table) {
      expect(row.tokens, `${row.operation} tokens`).toBeLessThanOrEqual(DOCUMENT_LIMITS.tokens / 3);
      expect(row.aliases, `${row.operation} aliases`).toBeLessThanOrEqual(DOCUMENT_LIMITS.aliases / 3);
    }
    // And no client document is refused by the alias rule as the server runs it.
    for (const o of operations) expect(validate(schema, o.document, [aliasLimit]), o.name).toEqual([]);
  });
});

describe('the limits', () => {
  it('refuse 75 aliased impact calls by their aliases and by their cost (engine runs are priced)', () => {
    const impacts = parse(
      `{ ${Array.from({ length: 75 }, (_, i) => `i${i}: impact(riskIds: ["schrems-ii"]) { affected { slipDays } }`).join('\n')} }`,
    );
    const measured = cost(impacts);
    console.log(
      `75 aliased impact calls: cost ${measured.complexity} (limit ${LIMITS.complexity}), tokens ${tokens(impacts)}`,
    );
    expect(measured.complexity).toBeGreaterThan(LIMITS.complexity);
    // The engine's price lets one request hold at most as many engine runs as it may have aliases.
    expect(Math.floor(LIMITS.complexity / ENGINE_COST)).toBeLessThanOrEqual(DOCUMENT_LIMITS.aliases);
    const errors = validate(schema, impacts, [aliasLimit]);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(errors[0]?.message).toMatch(/75 exceeds the limit of 15/);
  });

  it('have no breadth limit, only depth and cost', () => {
    expect(LIMITS).toEqual({ depth: 12, complexity: 30_000 });
  });

  it('price a broad query of expensive fields over the cost limit (tests/api/safety.test.ts sends it)', () => {
    const roadmaps = Array.from(
      { length: 300 },
      (_, i) => `r${i}: roadmap(from: "2020-01-01", to: "2030-12-31") { lanes { initiatives { id name } } }`,
    ).join('\n');
    expect(cost(parse(`{ ${roadmaps} }`)).complexity).toBeGreaterThan(LIMITS.complexity);
  });
});
