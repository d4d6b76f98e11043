// A per-request view of the database that counts the Cypher statements it runs, so tests (and
// logs) can show that a nested request costs a fixed number of queries, not one per item.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from './database.js';

export interface QueryCounter {
  count: number;
}

function counting(tx: ManagedTransaction, counter: QueryCounter): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'run') {
        return (...args: Parameters<ManagedTransaction['run']>) => {
          counter.count += 1;
          return target.run(...args);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

export function countingDatabase(db: Database, counter: QueryCounter): Database {
  return {
    driver: db.driver,
    name: db.name,
    read: (work) => db.read((tx) => work(counting(tx, counter))),
    write: (work, options) => db.write((tx) => work(counting(tx, counter)), options),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}
