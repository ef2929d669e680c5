import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { pointsFor } from '../../src/http/rate-limit.js';
import { startRedis, type TestRedis } from '../support/redis.js';
import { startTestServer, testConfig } from '../support/server.js';

const CHEAP = '{ compound(id: "clr-131") { name } }';
// Worst case 250 nodes: three points.
const PRICED = '{ compounds(first: 50) { edges { node { name } } } indications(first: 100) { edges { node { name } } } trials(first: 100) { edges { node { name } } } }';

describe('points a request costs', () => {
  it('charges what it spends most of: nodes by the hundred, rows read by the thousand, tokens by the two hundred', () => {
    expect(pointsFor({ nodes: 250, rows: 7 }, 40)).toBe(3);
    // A first page of every source of the 100,000-program benchmark (195,967 of them) sorts them all.
    expect(pointsFor({ nodes: 1, rows: 195_967 }, 12)).toBe(196);
    expect(pointsFor({ nodes: 0, rows: 0 }, 1001)).toBe(6);
    expect(pointsFor(null, 3)).toBe(1);
  });
});

async function ask(url: string, query: string, apiKey?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[]; extensions?: Record<string, any> };
  const header = (name: string) => response.headers.get(name);
  return { status: response.status, body, limit: header('x-ratelimit-limit'), remaining: header('x-ratelimit-remaining'), reset: header('x-ratelimit-reset'), retryAfter: header('retry-after') };
}

describe('rate limits in memory', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer({ rateLimit: { points: 5, windowSeconds: 60, redisUrl: undefined } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('charges each request its cost, shows the budget, and answers 429 RATE_LIMITED with Retry-After once spent', async () => {
    const first = await ask(app.url, PRICED, 'client-a');
    expect(first.status).toBe(200);
    expect(first.body.extensions).toMatchObject({ cost: { requested: 250, limit: 50_000 }, rateLimit: { cost: 3, limit: 5, remaining: 2 } });
    expect([first.limit, first.remaining]).toEqual(['5', '2']);
    const resetIn = Number(first.reset) - Date.now() / 1000;
    expect(resetIn).toBeGreaterThan(50);
    expect(resetIn).toBeLessThanOrEqual(61);

    // Three points do not fit in two: refused, and the refusal spends one point, not three.
    const refused = await ask(app.url, PRICED, 'client-a');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.message).toMatch(/^This client has 1 of its 5 points left for this window and the request costs 3; try again in \d+ s\.$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.remaining).toBe('1');

    const cheap = await ask(app.url, CHEAP, 'client-a');
    expect(cheap.body.data).toEqual({ compound: { name: 'CLR 131' } });
    expect(cheap.remaining).toBe('0');
    const spent = await ask(app.url, CHEAP, 'client-a');
    expect(spent.status).toBe(429);
    expect(spent.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(spent.remaining).toBe('0');
    expect(Number(spent.retryAfter)).toBeGreaterThan(0);
  });

  it('keeps each client’s budget apart', async () => {
    for (let i = 0; i < 5; i++) expect((await ask(app.url, CHEAP, 'client-b')).status).toBe(200);
    expect((await ask(app.url, CHEAP, 'client-b')).status).toBe(429);
    const other = await ask(app.url, CHEAP, 'client-c');
    expect(other.status).toBe(200);
    expect(other.remaining).toBe('4');
    // Without a key, the client is its address, with its own budget.
    expect((await ask(app.url, CHEAP)).remaining).toBe('4');
  });

  it('prices a long document by its tokens too, and reading the schema by its tokens only', async () => {
    const ids = Array.from({ length: 990 }, (_, index) => `"id-${index}"`).join(' ');
    const long = await ask(app.url, `{ compounds(where: { id: { in: [${ids}] } }) { totalCount } }`, 'client-d');
    // 1,010 tokens: six points, though the list asks for 20 nodes at most; more than the budget of five.
    expect(long.status).toBe(429);
    expect(long.body.errors?.[0]?.message).toContain('the request costs 6;');
    expect(long.body.extensions).toMatchObject({ cost: { requested: 20 }, rateLimit: { cost: 1, remaining: 4 } });
    const schema = await ask(app.url, '{ __schema { types { name fields { name } } } }', 'client-e');
    expect(schema.body.extensions?.cost.requested).toBeGreaterThan(100);
    expect(schema.body.extensions?.rateLimit).toMatchObject({ cost: 1, remaining: 4 });
  });

  it('counts limited requests in /metrics', async () => {
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(Number(/^rate_limited_requests_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);
  });
});

/** Starts a POST to /graphql with the given key that sends half its body and waits: a request in flight. */
function halfSent(url: string, apiKey: string) {
  const req = httpRequest(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '200', 'x-api-key': apiKey } });
  req.on('error', () => undefined);
  req.write('{"query": "{ compound(id: \\"clr-131\\") { name } }"');
  return req;
}

describe('requests in flight per client', () => {
  it('answers 429 to a client past its share of requests in flight, and not to others', async () => {
    const app = await startTestServer({ limits: { ...testConfig().limits, maxConcurrentPerClient: 2 } });
    const waiting = [halfSent(app.url, 'busy-client'), halfSent(app.url, 'busy-client')];
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await ask(app.url, CHEAP, 'busy-client');
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: 'This client has 2 requests in flight, the most it may have; wait for an answer before sending more.',
        extensions: { code: 'RATE_LIMITED' },
      });
      expect(refused.retryAfter).toBe('1');
      expect((await ask(app.url, CHEAP, 'other-client')).status).toBe(200);
      // Once one of its requests ends, the client may send again.
      waiting[0]!.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await ask(app.url, CHEAP, 'busy-client')).body.data).toEqual({ compound: { name: 'CLR 131' } });
    } finally {
      for (const req of waiting) req.destroy();
      await app.close();
    }
  });
});

describe('rate limits shared through Redis', () => {
  let redis: TestRedis;
  const apps: App[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  afterAll(async () => {
    await redis?.stop();
  });

  it('spends one budget across two server instances', async () => {
    const settings = { rateLimit: { points: 4, windowSeconds: 60, redisUrl: redis.url } };
    apps.push(await startTestServer(settings), await startTestServer({ ...testConfig(settings), seedOnStart: false, graphPath: ':memory:' }));
    const [one, two] = apps as [App, App];
    expect((await ask(one.url, CHEAP, 'shared-client')).remaining).toBe('3');
    expect((await ask(two.url, CHEAP, 'shared-client')).remaining).toBe('2');
    expect((await ask(one.url, CHEAP, 'shared-client')).remaining).toBe('1');
    expect((await ask(two.url, CHEAP, 'shared-client')).remaining).toBe('0');
    const refused = await ask(one.url, CHEAP, 'shared-client');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await ask(two.url, CHEAP, 'shared-client')).status).toBe(429);
    expect((await ask(two.url, CHEAP, 'another-client')).remaining).toBe('3');
  });
});
