import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { startRedis, type TestRedis } from '../support/redis.js';
import { startTestServer, testConfig } from '../support/server.js';

const CHEAP = '{ compound(id: "clr-131") { name } }';
// Worst case 250 nodes: three points.
const PRICED = '{ compounds(first: 50) { edges { node { name } } } indications(first: 100) { edges { node { name } } } trials(first: 100) { edges { node { name } } } }';

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

    // Three points do not fit in two: refused, and the refused request spends nothing.
    const refused = await ask(app.url, PRICED, 'client-a');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.message).toMatch(/^This client has 2 of its 5 points left for this window and the request costs 3; try again in \d+ s\.$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.remaining).toBe('2');

    expect((await ask(app.url, CHEAP, 'client-a')).body.data).toEqual({ compound: { name: 'CLR 131' } });
    expect((await ask(app.url, CHEAP, 'client-a')).remaining).toBe('0');
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

  it('counts limited requests in /metrics', async () => {
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(Number(/^rate_limited_requests_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);
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
