// Limits on the request itself, before and beside the cost (complexity) limit of builder.ts: how many
// tokens a document may have (graphql-js' parser stops reading there), how many aliases (GraphQL Armor's
// rule: 75 aliased `impact` calls are 75 engine runs), and how long any string or list given as an
// argument may be, literal or variable, so no oversized value reaches the services or the database.
// tests/unit/queryCost.test.ts keeps the client's own documents well under each of them.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, Kind, type ValidationRule, type ValueNode, visit } from 'graphql';
import { invalid } from '../errors.js';

export const DOCUMENT_LIMITS = {
  /** Lexical tokens in one document. */
  tokens: 3_000,
  /** Aliased fields in one operation (fragments counted where they are spread). */
  aliases: 15,
  /** Characters in any string argument or input field. */
  stringLength: 10_000,
  /** Items in any list argument or input field. */
  listLength: 1_000,
} as const;

const tooComplex = (measure: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', measure } });

export const aliasLimit: ValidationRule = maxAliasesRule({
  n: DOCUMENT_LIMITS.aliases,
  propagateOnRejection: false,
  onReject: [
    (context, error) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      context?.reportError(
        tooComplex(
          'aliases',
          `The query has too many aliases: ${found ?? 'more than the limit'} exceeds the limit of ${DOCUMENT_LIMITS.aliases}.`,
        ),
      );
    },
  ],
});

interface Oversize {
  field: string;
  message: string;
}

/** The first string or list in a value (a variable's JSON) that is over the limits. */
function oversizeIn(value: unknown, path: string): Oversize | null {
  if (typeof value === 'string') {
    return value.length > DOCUMENT_LIMITS.stringLength
      ? { field: path, message: `at most ${DOCUMENT_LIMITS.stringLength} characters (got ${value.length})` }
      : null;
  }
  if (Array.isArray(value)) {
    if (value.length > DOCUMENT_LIMITS.listLength)
      return { field: path, message: `at most ${DOCUMENT_LIMITS.listLength} items (got ${value.length})` };
    for (const [i, item] of value.entries()) {
      const found = oversizeIn(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = oversizeIn(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function literalOversize(node: ValueNode, path: string): Oversize | null {
  switch (node.kind) {
    case Kind.STRING:
      return oversizeIn(node.value, path);
    case Kind.LIST:
      if (node.values.length > DOCUMENT_LIMITS.listLength)
        return {
          field: path,
          message: `at most ${DOCUMENT_LIMITS.listLength} items (got ${node.values.length})`,
        };
      for (const [i, item] of node.values.entries()) {
        const found = literalOversize(item, `${path}.${i}`);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = literalOversize(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** Refuses, with VALIDATION naming the argument, a request with a string or list over the limits. */
export const inputSizeLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let found: Oversize | null = null;
        for (const [name, value] of Object.entries(request.variables ?? {}))
          found ??= oversizeIn(value, `$${name}`);
        if (!found)
          visit(document, {
            Argument(node) {
              found ??= literalOversize(node.value, node.name.value);
            },
          });
        if (found) {
          const error = invalid([found]);
          throw new GraphQLError(error.messageEn, {
            extensions: {
              code: error.code,
              messageNb: error.messageNb,
              messageEn: error.messageEn,
              ...error.details,
              http: { status: 400 },
            },
          });
        }
      },
    };
  },
};
