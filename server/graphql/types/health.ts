// `health` and `version`: is the database reachable, which Neo4j, how much is in it.
import {
  type DatabaseHealth,
  type LabelCount,
  readDatabaseHealth,
} from '../../db/repositories/healthRepository.js';
import { appVersion } from '../../version.js';
import { builder } from '../builder.js';

const LabelCountRef = builder.objectRef<LabelCount>('LabelCount').implement({
  description: 'Number of nodes with one label.',
  fields: (t) => ({
    label: t.exposeString('label'),
    count: t.exposeInt('count'),
  }),
});

const HealthRef = builder.objectRef<DatabaseHealth>('Health').implement({
  description: 'Whether the API can reach Neo4j, which version it runs, and what it holds.',
  fields: (t) => ({
    databaseReachable: t.exposeBoolean('reachable'),
    neo4jVersion: t.exposeString('version', { nullable: true }),
    neo4jEdition: t.exposeString('edition', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why the database is unreachable.' }),
    counts: t.field({ type: [LabelCountRef], resolve: (h) => h.counts }),
  }),
});

builder.queryFields((t) => ({
  health: t.field({
    type: HealthRef,
    description: 'Database reachability, Neo4j version and node counts per label.',
    resolve: (_root, _args, ctx) => readDatabaseHealth(ctx.db),
  }),
  version: t.string({
    description: 'Version of the Veikart application.',
    resolve: () => appVersion,
  }),
}));
