// The real seed: what it says about work that was stopped or deferred, and the counts the README states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/seedEntry.js';
import { seedCountTables, withCountTables } from '../counts.js';
import { loadSeedDataset } from '../loadDataset.js';

const dataset = loadSeedDataset();
const decisions = dataset.risks.filter((r) => r.kind === 'decision');

describe('the seed', () => {
  it('links every deferred sak to a decision event, citing that sak, with the work it holds up', () => {
    const deferred = dataset.agendaItems.filter((a) => a.deferred === true);
    expect(deferred.length).toBeGreaterThan(0);
    for (const item of deferred) {
      const event = decisions.find((r) => r.sources.some((s) => s.sak === String(item.number)));
      expect(event, `a decision event citing sak ${item.number}`).toBeDefined();
      expect(event?.affects?.length ?? 0, `${event?.id} affects something`).toBeGreaterThan(0);
    }
  });

  it('gives every decision to stop or defer work an effect, undated unless the paper gives the length', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(5);
    for (const decision of decisions) {
      expect(decision.affects?.length ?? 0, decision.id).toBeGreaterThan(0);
      for (const effect of decision.affects ?? []) {
        expect(effect.expectedDelayDays ?? null, `${decision.id} → ${effect.target}`).toBeNull();
      }
    }
  });

  it('keeps the deferral of sak 42/20 undated: the milestone it holds up gets no new date', () => {
    const event = decisions.find((r) => r.id === 'utsatt-sak-42-20-mandat-nasjonale-utvalg');
    expect(event?.affects?.map((a) => [a.target, a.delayText])).toEqual([
      ['mandat-nuit-nufa-vedtatt', 'Saken utsettes.'],
    ]);
  });

  it('is counted in seed/README.md as it is (npm run seed:check -- --write-counts updates it)', () => {
    const readme = readFileSync(join(repoRoot, 'seed', 'README.md'), 'utf8');
    expect(withCountTables(readme, seedCountTables(dataset))).toBe(readme);
  });

  it('writes the count tables between the markers only', () => {
    const readme = 'intro\n<!-- counts:start -->\nold\n<!-- counts:end -->\noutro';
    expect(withCountTables(readme, '| a | 1 |')).toBe(
      'intro\n<!-- counts:start -->\n| a | 1 |\n<!-- counts:end -->\noutro',
    );
    expect(() => withCountTables('no markers', '| a | 1 |')).toThrow(/markers/);
  });
});
