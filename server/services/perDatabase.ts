// Values kept per database (a driver and a database name) by the caches of per-version data
// (currentPlan.ts, roadmapIndex.ts). Keyed by the driver, which a request's counting wrapper shares with
// every other request, so all requests of a server instance share one entry per database.
import type { Driver } from 'neo4j-driver';
import type { Database } from '../db/database.js';

export function perDatabase<T>(): (db: Database) => Map<string, T> {
  const cache = new WeakMap<Driver, Map<string, T>>();
  return (db) => {
    let entries = cache.get(db.driver);
    if (!entries) {
      entries = new Map();
      cache.set(db.driver, entries);
    }
    return entries;
  };
}
