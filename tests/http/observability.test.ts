import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { capturingLogger, graphql, startTestServer } from '../support/server.js';

const metric = (text: string, line: string) => Number(new RegExp(`^${line.replace(/[{}"=,.]/g, '\\$&')} ([\\d.e+-]+)$`, 'm').exec(text)?.[1] ?? 0);

describe('logs and metrics', () => {
  let app: App;
  const { logger, lines } = capturingLogger('info');

  beforeAll(async () => {
    app = await startTestServer({ logStatements: true }, { logger });
  });

  afterAll(async () => {
    await app.close();
  });

  it('writes one JSON line per request with the request id the client sent, echoed back', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42.a', 'x-api-key': 'secret-partner-key' },
      body: JSON.stringify({ query: 'query Clr131Cohorts { compound(id: "clr-131") { name trials(first: 2) { nodes { cohorts(first: 3) { nodes { name } } } } } }', operationName: 'Clr131Cohorts' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42.a');
    expect(((await response.json()) as { data: { compound: { name: string } } }).data.compound.name).toBe('CLR 131');
    const line = lines.find((entry) => entry.req?.id === 'trace-42.a');
    expect(line).toMatchObject({
      level: 30,
      msg: 'POST /graphql 200',
      req: { id: 'trace-42.a', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      graphql: { operation: 'Clr131Cohorts', nodes: 8, points: 1, errors: [] },
      client: expect.stringMatching(/^key:[0-9a-f]{32}$/),
    });
    expect(line?.responseTime).toBeGreaterThanOrEqual(0);
    expect(lines.filter((entry) => entry.req?.id === 'trace-42.a')).toHaveLength(1);
    // The key itself is never written.
    expect(JSON.stringify(lines)).not.toContain('secret-partner-key');
  });

  it('makes up a request id when the client sends none or an unusable one', async () => {
    for (const sent of [undefined, 'x'.repeat(200), 'has spaces; and "quotes"']) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(sent ? { 'x-request-id': sent } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('logs the error codes of a request and statements without their parameters', async () => {
    await graphql(app.url, '{ compound(id: "no-such-compound") { name } }');
    const line = lines.findLast((entry) => entry.req?.path === '/graphql');
    expect(line?.graphql.errors).toEqual(['NOT_FOUND']);
    const statement = lines.findLast((entry) => entry.msg === 'cypher');
    expect(statement).toMatchObject({ statement: 'find-Compound', mode: 'READ', rows: 0 });
    expect(statement?.cypher).toContain('MATCH');
    expect(statement).not.toHaveProperty('parameters');
    expect(JSON.stringify(lines)).not.toContain('no-such-compound');
  });

  it('moves the Prometheus counters and histograms of /metrics', async () => {
    const read = async () => (await (await fetch(`${app.url}/metrics`)).text());
    const before = await read();
    await graphql(app.url, 'query Clr131Name { compound(id: "clr-131") { name } }');
    await graphql(app.url, '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    const after = await read();
    expect(metric(after, 'graphql_requests_total{operation="Clr131Name",outcome="ok"}')).toBe(metric(before, 'graphql_requests_total{operation="Clr131Name",outcome="ok"}') + 1);
    expect(metric(after, 'graphql_request_duration_seconds_count{operation="Clr131Name"}')).toBe(metric(before, 'graphql_request_duration_seconds_count{operation="Clr131Name"}') + 1);
    expect(metric(after, 'graphql_refusals_total{limit="introspection"}')).toBe(metric(before, 'graphql_refusals_total{limit="introspection"}') + 1);
    expect(metric(after, 'graphql_requests_total{operation="_anonymous",outcome="QUERY_TOO_COMPLEX"}')).toBe(metric(before, 'graphql_requests_total{operation="_anonymous",outcome="QUERY_TOO_COMPLEX"}') + 1);
    expect(metric(after, 'store_statement_duration_seconds_count{statement="find-Compound",mode="READ"}')).toBeGreaterThan(metric(before, 'store_statement_duration_seconds_count{statement="find-Compound",mode="READ"}'));
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
    expect(after).toContain('# TYPE rate_limited_requests_total counter');
  });
});
