// Portfolio snapshots: the figures each paper reports, so status can be shown over time.
import { builder } from '../builder.js';
import { DateWithPrecisionRef, dateOf, numOrNull, strList } from './common.js';
import { entityObjectOptions, PortfolioSnapshotRef } from './entities.js';

interface Share {
  key: string;
  count: number;
}

const ShareRef = builder.objectRef<Share>('Share').implement({
  fields: (t) => ({ key: t.exposeString('key'), count: t.exposeInt('count') }),
});

const shares = (props: Record<string, unknown>, prefix: string): Share[] =>
  Object.entries(props)
    .filter(
      ([k, v]) =>
        k.startsWith(prefix) &&
        k.length > prefix.length &&
        typeof v === 'number' &&
        /[A-Z]/.test(k[prefix.length] ?? ''),
    )
    .map(([k, v]) => ({ key: k.slice(prefix.length).toLowerCase(), count: v as number }));

PortfolioSnapshotRef.implement({
  ...entityObjectOptions('PortfolioSnapshot'),
  fields: (t) => ({
    asOf: t.field({ type: DateWithPrecisionRef, nullable: true, resolve: (n) => dateOf(n, 'asOf') }),
    projects: t.int({ nullable: true, resolve: (n) => numOrNull(n, 'projects') }),
    budget: t.field({ type: 'NOK', nullable: true, resolve: (n) => numOrNull(n, 'budgetNok') }),
    status: t.field({ type: [ShareRef], resolve: (n) => shares(n.props, 'status') }),
    risk: t.field({ type: [ShareRef], resolve: (n) => shares(n.props, 'risk') }),
    segments: t.field({ type: [ShareRef], resolve: (n) => shares(n.props, 'segment') }),
    challenges: t.stringList({ resolve: (n) => strList(n, 'challenges') }),
  }),
});
