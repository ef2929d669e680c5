import { request as httpRequest, type Server } from 'node:http';
import { createConnection } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { InFlight, type RequestState } from '../../src/http/requests.js';
import { CancelledError } from '../../src/store/index.js';

/** Serves one route that tracks its request and answers when `release` is called (or never). */
async function trackingServer(inFlight: InFlight) {
  const states: RequestState[] = [];
  // The answer of each request, in arrival order; an aborted request answers by itself.
  const waiting: (() => void)[] = [];
  const app = express();
  app.post('/slow', (req, res) => {
    const state = inFlight.start(req, res);
    states.push(state);
    const answer = () => {
      if (!res.headersSent) res.json({ answered: true, cancelled: (state.controller.signal.reason as CancelledError | undefined)?.reason ?? null });
    };
    // Like the GraphQL handler, the route only works (and answers) once the whole body has arrived.
    state.controller.signal.addEventListener('abort', () => req.complete && answer());
    waiting.push(answer);
    // The body is read only to let a slow upload stay in flight.
    req.resume();
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, states, release: (index: number) => waiting[index]?.(), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function post(url: string, body: string, options: { end?: boolean } = {}) {
  const req = httpRequest(`${url}/slow`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length + 10) } });
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  req.write(body);
  if (options.end) req.end('0123456789');
  return { req, answer };
}

describe('requests in flight', () => {
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('aborts the work of a request whose client disconnects', async () => {
    const inFlight = new InFlight(60_000);
    const server = await trackingServer(inFlight);
    cleanups.push(server.close);
    const { req, answer } = post(server.url, '{}', { end: true });
    answer.catch(() => undefined);
    await expect.poll(() => server.states.length).toBe(1);
    req.destroy();
    await expect.poll(() => server.states[0]!.controller.signal.aborted).toBe(true);
    expect(server.states[0]!.controller.signal.reason).toMatchObject({ reason: 'disconnected' });
    await expect.poll(() => inFlight.size).toBe(0);
  });

  it('ends the requests of a pipelined connection when it closes, though their responses never start', async () => {
    const inFlight = new InFlight(60_000);
    const server = await trackingServer(inFlight);
    cleanups.push(server.close);
    const { port } = new URL(server.url);
    const socket = createConnection({ host: '127.0.0.1', port: Number(port) });
    await new Promise((resolve) => socket.once('connect', resolve));
    const one = 'POST /slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}';
    socket.write(one.repeat(5));
    await expect.poll(() => server.states.length).toBeGreaterThan(0);
    expect(inFlight.inFlightFor('ip:127.0.0.1')).toBeGreaterThan(0);
    socket.destroy();
    await expect.poll(() => inFlight.size).toBe(0);
    expect(inFlight.inFlightFor('ip:127.0.0.1')).toBe(0);
  });

  it('aborts at the deadline', async () => {
    const inFlight = new InFlight(100);
    const server = await trackingServer(inFlight);
    cleanups.push(server.close);
    const { answer } = post(server.url, '{}', { end: true });
    expect(await answer).toEqual({ status: 200, text: '{"answered":true,"cancelled":"deadline"}' });
  });

  it('on drain, lets requests finish within the grace, then cuts the rest off; a request still uploading is answered SHUTTING_DOWN', async () => {
    const inFlight = new InFlight(60_000);
    const server = await trackingServer(inFlight);
    cleanups.push(server.close);
    const finished = post(server.url, '{}', { end: true });
    const uploading = post(server.url, '{"query": "{ __typename');
    await expect.poll(() => server.states.length).toBe(2);

    // Within the grace, a request that completes is answered normally.
    const draining = inFlight.drain(300, (res) => res.status(503).set('connection', 'close').json({ code: 'SHUTTING_DOWN' }));
    expect(inFlight.draining).toBe(true);
    server.release(0);
    expect(await finished.answer).toEqual({ status: 200, text: '{"answered":true,"cancelled":null}' });
    // After it, the upload still in flight gets a coded answer before any socket is closed.
    await draining;
    expect(await uploading.answer).toEqual({ status: 503, text: '{"code":"SHUTTING_DOWN"}' });
  });
});
