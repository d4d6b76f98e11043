import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      VEIKART_BOLT_PORT: 7687,
      NEO4J_USER: 'neo4j',
      GRAPHQL_INTROSPECTION: true,
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('has generous limits and short database timeouts by default', () => {
    expect(loadConfig({})).toMatchObject({
      VEIKART_RATE_LIMIT_IP: 1200,
      VEIKART_RATE_LIMIT_TOKEN: 1200,
      VEIKART_AUTH_FAILURE_LIMIT: 20,
      VEIKART_TRUST_PROXY: 0,
      VEIKART_REQUEST_TIMEOUT_MS: 30_000,
      VEIKART_DB_TX_TIMEOUT_MS: 30_000,
      VEIKART_DB_CONNECT_TIMEOUT_MS: 2_000,
    });
    expect(loadConfig({ VEIKART_RATE_LIMIT_IP: '60' }).VEIKART_RATE_LIMIT_IP).toBe(60);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must be a Neo4j URI/],
    [{ VEIKART_NEO4J_HEAP: 'lots' }, /VEIKART_NEO4J_HEAP must look like 512m/],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, /GRAPHQL_INTROSPECTION must be true or false/],
    [{ VEIKART_RATE_LIMIT_IP: '0' }, /VEIKART_RATE_LIMIT_IP must be a positive whole number/],
    [{ VEIKART_DB_CONNECT_TIMEOUT_MS: 'soon' }, /VEIKART_DB_CONNECT_TIMEOUT_MS/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    ['neo4j://cluster.example:7687'],
    ['neo4j+s://abcd1234.databases.neo4j.io'],
    ['bolt://127.0.0.1:7687'],
  ])('accepts the Neo4j URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
  });
});

describe('empty variables', () => {
  it('treats an empty variable as unset', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '' });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(4000);
  });
});
