// The peers Veikart is measured against, on the same database and the same query shapes:
// - @neo4j/graphql (the library a team would pick): type definitions for the same graph; one Cypher
//   statement per request, translated from the query. Its "downstream" field is the variable-length
//   path a team would write (`@cypher` with `[:DEPENDS_ON*]`): it answers only *which* items are
//   downstream, not their dates (cf. neo4j/graphql#1643).
// - a naive baseline: graphql-js with plain resolvers and no DataLoader, one statement per actor lane
//   and one per tiltak for its milestones (N+1).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { buildSchema, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String
    owns: [Initiative!]! @relationship(type: "OWNS", direction: OUT)
  }
  type Initiative @node(labels: ["Initiative"]) {
    id: ID!
    name: String
    kind: String
    status: String
    start: String
    startPrecision: String
    startFirst: String
    startLast: String
    end: String
    endPrecision: String
    endFirst: String
    endLast: String
    milestones: [Milestone!]! @relationship(type: "HAS_MILESTONE", direction: OUT)
    dependsOn: [Initiative!]! @relationship(type: "DEPENDS_ON", direction: OUT)
    downstream: [ID!]!
      @cypher(statement: "MATCH (this)<-[:DEPENDS_ON*]-(d:Initiative) RETURN DISTINCT d.id AS id", columnName: "id")
  }
  type Milestone @node(labels: ["Milestone"]) {
    id: ID!
    name: String
    status: String
    date: String
    datePrecision: String
    dateFirst: String
    dateLast: String
  }
`;

export async function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  // Comparing strings (the ISO days of a period) is off by default in the library.
  return new Neo4jGraphQL({
    typeDefs: NEO4J_GRAPHQL_TYPE_DEFS,
    driver,
    features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
  }).getSchema();
}

/** The roadmap by actor over a period, the shape the Veikart client asks for, in @neo4j/graphql's dialect. */
export const NEO4J_GRAPHQL_ROADMAP = (withDependencies: boolean) => `
  query Roadmap($from: String!, $to: String!) {
    actors(sort: [{ name: ASC }]) {
      id
      name
      owns(where: { startFirst: { lte: $to }, endLast: { gte: $from } }) {
        id name kind status
        start startPrecision startFirst startLast
        end endPrecision endFirst endLast
        milestones(where: { dateFirst: { lte: $to }, dateLast: { gte: $from } }) {
          id name status date datePrecision dateFirst dateLast
        }
        ${withDependencies ? 'dependsOn { id }' : ''}
      }
    }
  }`;

export const NEO4J_GRAPHQL_DOWNSTREAM = `
  query Downstream($id: ID!) { initiatives(where: { id: { eq: $id } }) { id downstream } }`;

/** Depth 3 upstream from one item, written as a team would with nested relationship fields. */
export const NEO4J_GRAPHQL_GRAPH = `
  query Graph($id: ID!) {
    initiatives(where: { id: { eq: $id } }) {
      id name dependsOn { id name dependsOn { id name dependsOn { id name } } }
    }
  }`;

const NAIVE_TYPE_DEFS = /* GraphQL */ `
  type Query {
    roadmap(from: String!, to: String!): [Lane!]!
  }
  type Lane {
    key: ID!
    label: String
    initiatives: [Initiative!]!
  }
  type Initiative {
    id: ID!
    name: String
    kind: String
    status: String
    start: String
    startFirst: String
    startLast: String
    end: String
    endFirst: String
    endLast: String
    milestones: [Milestone!]!
  }
  type Milestone {
    id: ID!
    name: String
    status: String
    date: String
    dateFirst: String
    dateLast: String
  }
`;

export const NAIVE_ROADMAP = `
  query Roadmap($from: String!, $to: String!) {
    roadmap(from: $from, to: $to) {
      key label
      initiatives {
        id name kind status start startFirst startLast end endFirst endLast
        milestones { id name status date dateFirst dateLast }
      }
    }
  }`;

interface Period {
  from: string;
  to: string;
}

/** Counts statements so the benchmark can report them per request. */
export interface StatementCounter {
  count: number;
}

export const NAIVE_SCHEMA = buildSchema(NAIVE_TYPE_DEFS);

/** A root value of plain resolvers for one request: every nested list is one more statement per parent. */
export function naiveRoot(driver: Driver, counter: StatementCounter): unknown {
  const run = async (cypher: string, params: Record<string, unknown>) => {
    counter.count += 1;
    const { records } = await driver.executeQuery(cypher, params, { routing: 'READ' });
    return records.map((r) => r.toObject());
  };
  const milestones = (id: string, period: Period) =>
    run(
      `MATCH (:Initiative {id: $id})-[:HAS_MILESTONE]->(m:Milestone)
       WHERE m.dateFirst <= $to AND m.dateLast >= $from
       RETURN m.id AS id, m.name AS name, m.status AS status, m.date AS date, m.dateFirst AS dateFirst, m.dateLast AS dateLast
       ORDER BY m.dateFirst`,
      { id, ...period },
    );
  const initiatives = async (actorId: string, period: Period) =>
    (
      await run(
        `MATCH (:Actor {id: $actorId})-[:OWNS]->(i:Initiative)
         WHERE i.startFirst <= $to AND i.endLast >= $from
         RETURN i.id AS id, i.name AS name, i.kind AS kind, i.status AS status, i.start AS start,
                i.startFirst AS startFirst, i.startLast AS startLast, i.end AS end, i.endFirst AS endFirst, i.endLast AS endLast
         ORDER BY i.startFirst`,
        { actorId, ...period },
      )
    ).map((i) => ({ ...i, milestones: () => milestones(String(i.id), period) }));
  return {
    roadmap: async (period: Period) =>
      (await run('MATCH (a:Actor) RETURN a.id AS key, a.name AS label ORDER BY a.name', {})).map((lane) => ({
        ...lane,
        initiatives: () => initiatives(String(lane.key), period),
      })),
  };
}
