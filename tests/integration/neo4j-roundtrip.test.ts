import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database.js';

const db = openTestDatabase();
afterAll(() => db.close());

describe('the real Neo4j', () => {
  it('writes a node in a write transaction and reads it back in a read transaction', async () => {
    const id = randomUUID();
    await db.write((tx) =>
      tx.run('CREATE (:RoundtripProbe {id: $id, name: $name})', { id, name: 'Kjernejournal' }),
    );
    try {
      const names = await db.read(async (tx) => {
        const result = await tx.run('MATCH (p:RoundtripProbe {id: $id}) RETURN p.name AS name', { id });
        return result.records.map((r) => r.get('name') as string);
      });
      expect(names).toEqual(['Kjernejournal']);
    } finally {
      await db.write((tx) => tx.run('MATCH (p:RoundtripProbe {id: $id}) DELETE p', { id }));
    }
  });

  it('rejects a write inside a read transaction', async () => {
    await expect(db.read((tx) => tx.run('CREATE (:RoundtripProbe {id: "never"})'))).rejects.toThrow(/write/i);
  });
});
