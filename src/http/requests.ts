import { createHash, randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Socket } from 'node:net';
import type { Request, Response } from 'express';
import { CancelledError } from '../store/index.js';

/** What the server keeps about one GraphQL request from its arrival to its response. */
export interface RequestState {
  /** The client's `x-request-id` when it sent a usable one, a fresh UUID otherwise; echoed in the response. */
  id: string;
  /** Whose budget the request spends: `key:<hash of x-api-key>` or `ip:<address>`. */
  client: string;
  /** Aborted with a CancelledError at the deadline, when the client goes away, or at the end of a shutdown's grace. */
  controller: AbortController;
  /** `Date.now()` value of the deadline. */
  deadline: number;
  /** Filled in by the GraphQL layer for the log line and metrics. */
  operationName: string | null;
  /** Tokens of the document, counted before parsing; 0 until then. */
  tokens: number;
  nodes: number | null;
  /** Rows the store may read for it (top-level lists count their label's size); null until priced. */
  rows: number | null;
  points: number;
  errorCodes: string[];
  /** Answered from the response cache, without reaching the store. */
  cached: boolean;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Given a request, returns the budget key of its client: its API key (hashed, never kept in clear) or its address. */
export function clientKey(req: Request): string {
  const apiKey = req.get('x-api-key');
  if (apiKey) return `key:${createHash('sha256').update(apiKey).digest('hex').slice(0, 32)}`;
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

/** Given a request, returns its id: the client's `x-request-id` when it is short and plain, a new UUID otherwise. */
export function requestId(req: Request): string {
  const sent = req.get('x-request-id');
  return sent && REQUEST_ID.test(sent) ? sent : randomUUID();
}

/**
 * The GraphQL requests in flight. Each gets a deadline; when the client disconnects its statements stop; on shutdown
 * the server waits for them for a grace period, then cuts the rest off with a coded error before closing sockets.
 */
export class InFlight {
  private readonly active = new Map<RequestState, { req: Request; res: Response }>();
  private readonly perClient = new Map<string, number>();
  private idle: (() => void) | undefined;
  draining = false;

  constructor(private readonly timeoutMs: number) {}

  /** Given a request and its response, starts tracking it: arms its deadline and watches for the client leaving. */
  start(req: Request, res: Response): RequestState {
    const controller = new AbortController();
    // Each statement of the request listens to the signal while it runs, and stops listening when it ends: a request
    // with many aliased lists runs more than Node's default of 10 at once, which is no leak.
    setMaxListeners(0, controller.signal);
    const state: RequestState = {
      // pino-http gave the request its id (and echoed it) already.
      id: typeof req.id === 'string' ? req.id : requestId(req),
      client: clientKey(req),
      controller,
      deadline: Date.now() + this.timeoutMs,
      operationName: null,
      tokens: 0,
      nodes: null,
      rows: null,
      points: 0,
      errorCodes: [],
      cached: false,
    };
    const timer = setTimeout(
      () => controller.abort(new CancelledError('deadline', `The request passed its deadline of ${this.timeoutMs} ms`)),
      this.timeoutMs,
    );
    const end = () => {
      if (!this.active.delete(state)) return;
      this.socketEnds.get(req.socket)?.delete(end);
      const left = (this.perClient.get(state.client) ?? 1) - 1;
      if (left > 0) this.perClient.set(state.client, left);
      else this.perClient.delete(state.client);
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new CancelledError('disconnected', 'The client closed the connection'));
      if (this.active.size === 0) this.idle?.();
    };
    // Done when the answer is handed over (finish), or when the connection goes first (close: the client left). A
    // response still queued behind others on a pipelined connection gets neither event when the socket closes, so the
    // socket's close ends every request it carried.
    res.once('finish', end);
    res.once('close', end);
    this.onSocketClose(req.socket, end);
    this.active.set(state, { req, res });
    this.perClient.set(state.client, (this.perClient.get(state.client) ?? 0) + 1);
    return state;
  }

  private readonly socketEnds = new WeakMap<Socket, Set<() => void>>();

  private onSocketClose(socket: Socket, end: () => void): void {
    let ends = this.socketEnds.get(socket);
    if (!ends) {
      const registered = new Set<() => void>();
      ends = registered;
      this.socketEnds.set(socket, registered);
      socket.once('close', () => {
        for (const ending of registered) ending();
      });
    }
    ends.add(end);
  }

  /** Given a client key, returns how many of its requests are in flight. */
  inFlightFor(client: string): number {
    return this.perClient.get(client) ?? 0;
  }

  /** How many requests are in flight. */
  get size(): number {
    return this.active.size;
  }

  /**
   * Given a grace period, stops taking requests, waits for those in flight up to the grace, then cancels the rest
   * (they answer SHUTTING_DOWN; one still sending its body is answered at once) and waits a little more for their
   * answers to be written.
   */
  async drain(graceMs: number, answer: (res: Response) => void): Promise<void> {
    this.draining = true;
    if (await this.settled(graceMs)) return;
    for (const [state, { req, res }] of this.active) {
      state.controller.abort(new CancelledError('shutdown', 'The server is shutting down'));
      if (!req.complete && !res.headersSent) answer(res);
    }
    await this.settled(2000);
  }

  private settled(ms: number): Promise<boolean> {
    if (this.active.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idle = undefined;
        resolve(false);
      }, ms);
      this.idle = () => {
        clearTimeout(timer);
        this.idle = undefined;
        resolve(true);
      };
    });
  }
}
