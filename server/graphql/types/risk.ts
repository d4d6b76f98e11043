// Risk / event: court rulings, the pandemic, budget decisions … and what they delay.
import { builder } from '../builder.js';
import { DateWithPrecisionRef, dateOf, str, strList, strOrNull } from './common.js';
import { loadEdges, RiskEffectRef } from './dependency.js';
import { entityObjectOptions, RiskRef } from './entities.js';

export const RiskKindEnum = builder.enumType('RiskKind', {
  values: {
    COURT_RULING: { value: 'court-ruling' },
    PANDEMIC: { value: 'pandemic' },
    BUDGET_DECISION: { value: 'budget-decision' },
    REGULATION: { value: 'regulation' },
    SUPPLIER_CAPACITY: { value: 'supplier-capacity' },
    CAPACITY: { value: 'capacity' },
    SECURITY: { value: 'security' },
    OTHER: { value: 'other' },
  } as const,
});

RiskRef.implement({
  ...entityObjectOptions('Risk'),
  description: 'A risk or an external event that hits the portfolio.',
  fields: (t) => ({
    aliases: t.stringList({ resolve: (n) => strList(n, 'aliases') }),
    kind: t.field({ type: RiskKindEnum, resolve: (n) => (str(n, 'kind') || 'other') as 'other' }),
    date: t.field({
      type: DateWithPrecisionRef,
      nullable: true,
      resolve: (n) => dateOf(n, 'date', 'dateText'),
    }),
    description: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'description') }),
    affects: t.loadableList({ type: RiskEffectRef, load: loadEdges('AFFECTS', 'out'), resolve: (n) => n.id }),
  }),
});
