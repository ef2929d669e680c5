import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ROOT } from '../../src/root.js';
import { graphql, startTestServer } from '../support/server.js';

/** Holds the event loop for `ms`, as a slow first level of a request would. */
function hold(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('shutdown answers the requests in flight', () => {
  it('finishes a GraphQL request in flight before it closes', async () => {
    const app = await startTestServer();
    let closing: Promise<void> | undefined;
    app.executor.observe(() => {
      // Shutdown begins while the request's first statement is answering.
      closing ??= app.close();
    });
    const answer = await graphql(app.url, '{ compound(id: "clr-131") { name trials(first: 2) { nodes { name } } } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data?.compound.name).toBe('CLR 131');
    expect(answer.body.data?.compound.trials.nodes).toHaveLength(2);
    await closing;
    // Closed: no new connection is taken.
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  });

  it('cuts off a GraphQL request still running at the end of the grace, with SHUTTING_DOWN', async () => {
    const app = await startTestServer({ shutdownGraceMs: 100 });
    let closing: Promise<void> | undefined;
    app.executor.observe((event) => {
      if (event.name !== 'find-Compound' || closing) return;
      // Shutdown begins while the request reads, and the request's first level takes longer than the grace.
      closing = app.close();
      hold(300);
    });
    const answer = await graphql(app.url, '{ compound(id: "clr-131") { name trials(first: 2) { nodes { name } } } }');
    expect(answer.status).toBe(200);
    // `trials` and `compound` are non-null, so the cut-off level nulls the answer.
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors).toEqual([
      { message: 'The server is shutting down and stopped this request; send it again.', locations: [{ line: 1, column: 34 }], path: ['compound', 'trials'], extensions: { code: 'SHUTTING_DOWN' } },
    ]);
    await closing;
  });

  it('on SIGTERM, answers a request still in flight at the end of the grace with SHUTTING_DOWN, then exits 0', async () => {
    const child = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', GRAPH_PATH: ':memory:', SHUTDOWN_GRACE_MS: '300' },
    });
    // Stopped whatever the test's outcome: a failed assertion must not leave the server running.
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', () => reject(new Error(`exited before serving:\n${output}`)));
    });
    // A client that sends its body slowly: the request is in flight when the signal comes.
    const req = httpRequest(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100' } });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    req.write('{"query": "{ compound(id: \\"clr-131\\") { name }');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    const { status, body } = await answer;
    expect(status).toBe(503);
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'The server is shutting down; send the request again.', extensions: { code: 'SHUTTING_DOWN' } }] });
    expect(await exited).toBe(0);
  }, 30_000);
});
