// The roadmap kept per plan version (services/roadmapIndex.ts, filled from flat reads joined in memory)
// answers exactly what the one-statement read (readRoadmap, used with a text filter) answers: the same
// rows in the same order with the same lanes and milestones, on the seeded portfolio, for every grouping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RoadmapQuery, readRoadmap } from '../../server/db/repositories/roadmapRepository.js';
import { ROADMAP_GROUPING } from '../../server/domain/model/index.js';
import { roadmapFromIndex } from '../../server/services/roadmapIndex.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

const db = openTestDatabase();

beforeAll(async () => {
  await ensureSeeded(db);
}, 300_000);
afterAll(async () => {
  await db.close();
});

const ALL = { actorIds: null, kinds: null, statuses: null, tokens: null } as const;
const queries: { name: string; q: Omit<RoadmapQuery, 'groupBy'> }[] = [
  { name: 'the whole period', q: { ...ALL, from: '2000-01-01', to: '2040-12-31' } },
  { name: 'one year', q: { ...ALL, from: '2023-01-01', to: '2023-12-31' } },
  { name: 'programmes only', q: { ...ALL, from: '2000-01-01', to: '2040-12-31', kinds: ['programme'] } },
  {
    name: 'red or unknown status',
    q: { ...ALL, from: '2019-01-01', to: '2030-12-31', statuses: ['red', 'unknown'] },
  },
  {
    name: 'one owner',
    q: { ...ALL, from: '2000-01-01', to: '2040-12-31', actorIds: ['helse-vest', 'direktoratet-for-ehelse'] },
  },
];

describe('the kept roadmap and the one-statement read agree', () => {
  for (const groupBy of ROADMAP_GROUPING.codes) {
    for (const { name, q } of queries) {
      it(`${name}, by ${groupBy}`, async () => {
        const direct = await readRoadmap(db, { ...q, groupBy });
        const { tokens: _, ...withoutText } = { ...q, groupBy };
        const kept = (await roadmapFromIndex(db, withoutText)).data;
        // Not vacuous: every query shows seeded tiltak.
        expect(direct.initiatives.length).toBeGreaterThan(0);
        expect(kept.initiatives).toEqual(direct.initiatives);
        expect(kept.milestones).toEqual(direct.milestones);
      });
    }
  }
});
