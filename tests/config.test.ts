import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded store in ./data on 127.0.0.1:4000', () => {
    expect(readConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      graphPath: './data',
      neo4j: undefined,
      seedOnStart: true,
      seedHistory: true,
      exposeErrors: false,
      logLevel: 'info',
      logStatements: false,
      logStatementParams: false,
      trustProxy: false,
      shutdownGraceMs: 10_000,
      responseCacheBytes: 64 * 2 ** 20,
      limits: { maxNodes: 50_000, maxRows: 1_000_000, maxDepth: 15, maxAliases: 30, maxDirectives: 50, maxTokens: 5000, maxNesting: 64, maxBodyBytes: 100_000, timeoutMs: 10_000, maxConcurrentPerClient: 16 },
      rateLimit: { points: 1000, windowSeconds: 60, redisUrl: undefined },
    });
  });

  it('reads Neo4j settings when NEO4J_URI is set', () => {
    const config = readConfig({ NEO4J_URI: 'neo4j://db.internal:7687', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'programs', NODE_ENV: 'production' });
    expect(config.neo4j).toEqual({ uri: 'neo4j://db.internal:7687', username: 'neo4j', password: 'secret', database: 'programs' });
    expect(config.exposeErrors).toBe(false);
  });

  it.each([
    ['neo4j://admin:hunter2@db:7687', 'neo4j://***@db:7687'],
    ['neo4j://admin:pa/ss@db:7687', 'neo4j://***@db:7687'],
    ['bolt://admin:p@ss@db', 'bolt://***@db'],
  ])('refuses credentials in NEO4J_URI %s without repeating them', (uri, shown) => {
    expect(() => readConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' })).toThrow(
      `NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687, without credentials, got "${shown}"`,
    );
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      readConfig({ PORT: 'eighty', NEO4J_URI: 'http://db:7474', SEED_ON_START: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT must be a whole number from 0 to 65535, got "eighty"',
      'NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687, without credentials, got "http://db:7474"',
      'NEO4J_PASSWORD is required when NEO4J_URI is set',
      'SEED_ON_START must be true or false, got "maybe"',
    ]);
  });
});
