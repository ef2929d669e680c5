import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { openGrafeoEngine } from '../../src/store/grafeo-engine.js';
import { capturingLogger, startTestServer } from '../support/server.js';

/** Starts a TCP server on 127.0.0.1 that takes connections and never answers: a database that hangs. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Returns a port that was free a moment ago on 127.0.0.1. */
async function freePort(): Promise<number> {
  const probe = await silentServer();
  await probe.close();
  return probe.port;
}

const neo4j = (uri: string) => ({ neo4j: { uri, username: 'neo4j', password: 'not-used', database: undefined } });

describe('app lifecycle', () => {
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers /readyz with 503 at once while the store is being prepared', async () => {
    const database = await silentServer();
    cleanups.push(() => database.close());
    const port = await freePort();
    const starting = startTestServer({ port, ...neo4j(`bolt://127.0.0.1:${database.port}`) }, { retryMs: 600_000 });
    cleanups.push(async () => (await starting).close());

    let readiness: Response | undefined;
    for (let attempt = 0; attempt < 100 && !readiness; attempt += 1) {
      readiness = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) }).catch(() => undefined);
      if (!readiness) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(readiness?.status).toBe(503);
    expect(await readiness?.json()).toEqual({ status: 'unavailable', reason: 'the store is being prepared' });
  }, 30_000);

  it('stops retrying once closed', async () => {
    const { logger, messages } = capturingLogger();
    const fatal: Error[] = [];
    const app = await startTestServer(neo4j('bolt://127.0.0.1:1'), { logger, onFatal: (error) => fatal.push(error), retryMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await app.close();
    const retriesAtClose = messages().filter((line) => line.includes('retrying')).length;
    expect(retriesAtClose).toBeGreaterThan(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(messages().filter((line) => line.includes('retrying')).length).toBeLessThanOrEqual(retriesAtClose + 1);
    expect(fatal).toEqual([]);
  }, 30_000);

  it('closes the store when HTTP cannot start', async () => {
    const first: App = await startTestServer();
    cleanups.push(() => first.close());
    const port = Number(new URL(first.url).port);
    const graphPath = mkdtempSync(join(tmpdir(), 'graph-'));
    await expect(startTestServer({ port, graphPath })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const reopened = openGrafeoEngine(graphPath);
    await reopened.close();
  });
});
