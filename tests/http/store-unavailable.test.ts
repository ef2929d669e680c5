import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { capturingLogger, graphql, startTestServer } from '../support/server.js';

// Nothing listens on port 1 of 127.0.0.1: the driver is refused at once, as with a Neo4j that is down.
const URI = 'bolt://127.0.0.1:1';

describe('an unreachable Neo4j', () => {
  let app: App;
  const { logger, lines, messages } = capturingLogger();

  beforeAll(async () => {
    app = await startTestServer(
      { neo4j: { uri: URI, username: 'neo4j', password: 'not-used', database: undefined } },
      // No retry within the test: a query alone takes the driver's 5 s of retries.
      { logger, retryMs: 600_000 },
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it('still starts, and says so naming the URI', () => {
    expect(messages().some((line) => line.includes(`Neo4j at ${URI} is unreachable`) && line.includes('retrying in 600 s'))).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('not-used');
  });

  it('answers /readyz with 503 and the reason', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; reason: string };
    expect(body.status).toBe('unavailable');
    expect(body.reason).toContain(`Neo4j at ${URI} is unreachable`);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('answers queries with STORE_UNAVAILABLE', async () => {
    const { body } = await graphql(app.url, '{ compound(id: "clr-131") { name } }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'The graph store is unavailable; try again shortly.',
      extensions: { code: 'STORE_UNAVAILABLE' },
    });
  });
});
