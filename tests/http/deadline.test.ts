import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { StatementEvent } from '../../src/store/index.js';
import { graphql, startTestServer, testConfig } from '../support/server.js';

/** Holds the event loop for `ms`, as a statement whose result takes that long to come back would. */
function hold(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

// Two levels: the compound, then its developers (a second statement).
const TWO_LEVELS = '{ compound(id: "clr-131") { name developers { nodes { name } } } }';

describe('request deadlines', () => {
  let app: App | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers TIMEOUT when the statements outlast the deadline, and starts no statement after it', async () => {
    // No response cache: the warm-up's answer would otherwise answer the request under test without a statement.
    app = await startTestServer({ limits: { ...testConfig().limits, timeoutMs: 1000 }, responseCacheBytes: 0 });
    // Warm: the first request of a process parses and validates cold.
    expect((await graphql(app.url, TWO_LEVELS)).body.data?.compound.name).toBe('CLR 131');
    const statements: StatementEvent[] = [];
    let slow = true;
    app.executor.observe((event) => {
      statements.push(event);
      // The first statement of the request comes back after the deadline.
      if (slow) {
        slow = false;
        hold(1500);
      }
    });
    const { status, body } = await graphql(app.url, TWO_LEVELS);
    expect(status).toBe(200);
    // `developers` and `compound` are non-null, so the TIMEOUT of the second level nulls the answer.
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'The request passed its deadline of 1000 ms; what was not read by then was not run. Ask for less (smaller `first`, fewer nested lists) or try again.',
        locations: [{ line: 1, column: 34 }],
        path: ['compound', 'developers'],
        extensions: { code: 'TIMEOUT' },
      },
    ]);
    expect(statements.map((event) => event.name)).toEqual(['find-Compound']);

    // The next request has its own deadline.
    expect((await graphql(app.url, TWO_LEVELS)).body).toMatchObject({ data: { compound: { name: 'CLR 131', developers: { nodes: [{ name: 'Cellectar Biosciences, Inc.' }] } } } });
  });
});
