import { request as httpRequest } from 'node:http';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { capturingLogger, startTestServer } from '../support/server.js';

/** Given a URL and raw request parts, sends them as they are and returns the status, headers and text of the answer. */
function send(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const target = new URL(options.path ?? '/graphql', url);
    const req = httpRequest(target, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const SOURCE_PATH = /\/(work|home|src|tmp|usr)\/|\.ts:\d+|at [\w.<>]+ \(/;

describe('errors are JSON with codes, and production-safe by default', () => {
  let app: App;
  const { logger, lines } = capturingLogger('info');

  beforeAll(async () => {
    app = await startTestServer({}, { logger });
  });

  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['malformed JSON', { headers: { 'content-type': 'application/json' }, body: '{"query": ' }, 400, 'BAD_REQUEST', 'not valid JSON'],
    ['a 10 MB body', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(10 * 1024 * 1024) }) }, 413, 'PAYLOAD_TOO_LARGE', 'larger than the limit of 100000 bytes'],
    ['charset=latin1', { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ __typename }"}' }, 415, 'UNSUPPORTED_MEDIA_TYPE', '"latin1" is not supported'],
    ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type: application/json'],
    ['an empty JSON body', { headers: { 'content-type': 'application/json' }, body: '' }, 400, 'BAD_REQUEST', 'POST body missing'],
    ['a JSON body that is not an object', { headers: { 'content-type': 'application/json' }, body: '[1, 2]' }, 400, 'BAD_REQUEST', ''],
    ['an unknown path', { method: 'GET', path: '/wp-admin' }, 404, 'NOT_FOUND', 'Nothing is served at GET /wp-admin'],
  ])('answers %s with JSON, a code and no internals', async (_name, options, status, code, message) => {
    const response = await send(app.url, options);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    const body = JSON.parse(response.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(body.errors[0]?.message).toContain(message);
    expect(response.text).not.toMatch(SOURCE_PATH);
    expect(response.text).not.toContain('stacktrace');
    if (!('path' in options)) expect(response.headers['x-ratelimit-limit']).toBe('1000000');
  });

  it('refuses a mutation with a 400 validation error, and does not log it as a fault', async () => {
    const before = lines.length;
    const response = await send(app.url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { __typename }' }) });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors).toEqual([
      { message: 'This API has no mutation operations; it answers queries only.', locations: [{ line: 1, column: 1 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    const logged = lines.slice(before);
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
    expect(logged.find((line) => line.req?.path === '/graphql')).toMatchObject({ res: { statusCode: 400 }, graphql: { errors: ['GRAPHQL_VALIDATION_FAILED'] } });
  });

  it('answers a persisted-query hash with a code, and does not log it as a fault', async () => {
    const before = lines.length;
    const response = await send(app.url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }) });
    expect(JSON.parse(response.text).errors).toEqual([{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }]);
    expect(lines.slice(before).filter((line) => line.level >= 50)).toEqual([]);
  });

  it('keeps stack traces out of GraphQL errors', async () => {
    const response = await send(app.url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ compound(id: "no-such-compound") { name } }' }) });
    const body = JSON.parse(response.text);
    expect(body.errors[0]).toEqual({
      message: 'No Compound has the id "no-such-compound".',
      locations: [{ line: 1, column: 3 }],
      path: ['compound'],
      extensions: { code: 'NOT_FOUND', type: 'Compound', id: 'no-such-compound' },
    });
    expect(response.text).not.toMatch(SOURCE_PATH);
  });

  it('passes every MUST of the GraphQL-over-HTTP audit; the SHOULD and MAY it misses are the ones docs/partners.md explains', async () => {
    const results = await Promise.all(serverAudits({ url: `${app.url}/graphql` }).map(async (audit) => ({ name: audit.name, id: audit.id, result: await audit.fn() })));
    const failed = results.filter(({ result }) => result.status !== 'ok');
    expect(failed.filter(({ name }) => name.startsWith('MUST'))).toEqual([]);
    expect(failed.map(({ id }) => id).sort()).toEqual(['572B', '5A70', '6A70', '7B9B', 'D6D5', 'FDE2']);
  });
});

describe('internals only when the operator turns them on', () => {
  it('EXPOSE_ERRORS adds stack traces to GraphQL errors', async () => {
    const app = await startTestServer({ exposeErrors: true });
    try {
      const response = await send(app.url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ compound(id: "no-such-compound") { name } }' }) });
      expect(JSON.parse(response.text).errors[0].extensions.stacktrace[0]).toContain('No Compound has the id');
    } finally {
      await app.close();
    }
  });
});
