// Portfolio snapshots: the figures each paper reports, so status can be shown over time.
import type { Share } from '../../domain/model/index.js';
import { builder } from '../builder.js';
import { DateWithPrecisionRef } from './common.js';
import { entityObjectOptions, PortfolioSnapshotRef } from './entities.js';

const ShareRef = builder.objectRef<Share>('Share').implement({
  fields: (t) => ({ key: t.exposeString('key'), count: t.exposeInt('count') }),
});

PortfolioSnapshotRef.implement({
  ...entityObjectOptions('PortfolioSnapshot'),
  fields: (t) => ({
    asOf: t.expose('asOf', { type: DateWithPrecisionRef, nullable: true }),
    projects: t.exposeInt('projects', { nullable: true }),
    budget: t.expose('budgetNok', { type: 'NOK', nullable: true }),
    status: t.expose('status', { type: [ShareRef] }),
    risk: t.expose('risk', { type: [ShareRef] }),
    segments: t.expose('segments', { type: [ShareRef] }),
    challenges: t.exposeStringList('challenges'),
  }),
});
