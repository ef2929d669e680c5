import type { AccessMode, Engine, Row } from './engine.js';
import { CancelledError, StoreQueryError, StoreUnavailableError } from './errors.js';
import type { Statement } from './query-builder.js';
import type { TextHit, TextSearch } from './search-text.js';

/** What the executor reports after each statement: for debug logs, metrics and the batching tests. */
export interface StatementEvent {
  name: string;
  mode: AccessMode;
  rows: number;
  ms: number;
  text: string;
  params: Record<string, unknown>;
}

/** Runs statements inside an open transaction of the executor. */
export type RunInTransaction = (statement: Statement) => Promise<Row[]>;

/** What bounds the statements of one unit of work: a signal that stops it and the time by which it must be done. */
export interface WorkBounds {
  /** Aborted with a CancelledError as its reason when the work must stop (deadline, client gone, shutdown). */
  signal: AbortSignal;
  /** `Date.now()` value of the deadline, handed to engines that can enforce it themselves; none when absent. */
  deadline?: number;
}

function cancellation(signal: AbortSignal): CancelledError {
  const reason: unknown = signal.reason;
  return reason instanceof CancelledError ? reason : new CancelledError('deadline', 'the work passed its deadline');
}

/** Given bounds, returns why no statement may start now, or undefined; the clock is read too, since a busy event loop delays timers. */
function stopped(bounds: WorkBounds | undefined): CancelledError | undefined {
  if (!bounds) return undefined;
  if (bounds.signal.aborted) return cancellation(bounds.signal);
  return bounds.deadline !== undefined && Date.now() >= bounds.deadline ? new CancelledError('deadline', 'the work passed its deadline') : undefined;
}

/** Given a promise and a signal, settles with the promise, or rejects with the signal's cancellation as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(cancellation(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancellation(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The one door to the database. Every statement goes through it with an explicit READ or WRITE mode; it maps
 * results to plain values (the engines already do), reports each statement to its observers and translates
 * engine errors into store errors that carry the statement's name. An executor made by `bounded` stops starting
 * statements once its signal aborts, and its callers stop waiting for the one in flight at that moment.
 */
export class Executor {
  private readonly observers: Set<(event: StatementEvent) => void>;
  private readonly committers: Set<() => void>;

  constructor(
    readonly engine: Engine,
    private readonly bounds?: WorkBounds,
    shared?: { observers: Set<(event: StatementEvent) => void>; committers: Set<() => void> },
  ) {
    this.observers = shared?.observers ?? new Set();
    this.committers = shared?.committers ?? new Set();
  }

  /** Given the bounds of one request, returns an executor over the same engine, observers and commit listeners whose work they bound. */
  bounded(bounds: WorkBounds): Executor {
    return new Executor(this.engine, bounds, { observers: this.observers, committers: this.committers });
  }

  /** Given an observer, calls it after every statement until the returned function is called. */
  observe(observer: (event: StatementEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /**
   * Given a listener, calls it as soon as a write transaction of this executor (or of one it bounded) has committed,
   * before its caller resumes, until the returned function is called.
   */
  onCommit(listener: () => void): () => void {
    this.committers.add(listener);
    return () => this.committers.delete(listener);
  }

  /** Given a read statement, returns its rows. */
  read(statement: Statement): Promise<Row[]> {
    return this.transaction('READ', (run) => run(statement));
  }

  /** Given a write statement, runs it in its own transaction and returns its rows. */
  write(statement: Statement): Promise<Row[]> {
    return this.transaction('WRITE', (run) => run(statement));
  }

  /**
   * Given a mode and some work, runs all of the work's statements in one transaction: all of it lands or none.
   * Once the bounds' signal aborts or their deadline passes, no further statement starts, the transaction rolls back
   * (a write also when its work had finished but not yet committed), and the returned promise rejects at once with
   * the CancelledError, even while a statement the engine cannot stop still runs.
   */
  transaction<T>(mode: AccessMode, work: (run: RunInTransaction) => Promise<T>): Promise<T> {
    const bounds = this.bounds;
    const before = stopped(bounds);
    if (before) return Promise.reject(before);
    const options = bounds?.deadline !== undefined ? { timeoutMs: Math.max(1, bounds.deadline - Date.now()) } : undefined;
    const done = this.engine.transaction(
      mode,
      async (runText) => {
        const value = await work(async (statement) => {
          const cancelled = stopped(bounds);
          if (cancelled) throw cancelled;
          const started = performance.now();
          let rows: Row[];
          try {
            rows = await runText(statement.text, statement.params);
          } catch (error) {
            // Stopped meanwhile: whatever the statement failed with (Neo4j's own timeout, say) is the cancellation.
            const cancelledMeanwhile = stopped(bounds);
            if (cancelledMeanwhile) throw cancelledMeanwhile;
            if (error instanceof StoreUnavailableError || error instanceof CancelledError || this.engine.isTransient(error)) throw error;
            throw new StoreQueryError(statement.name, (error as Error).message, { cause: error });
          }
          const event: StatementEvent = {
            name: statement.name,
            mode,
            rows: rows.length,
            ms: performance.now() - started,
            text: statement.text,
            params: statement.params,
          };
          for (const observer of this.observers) observer(event);
          return rows;
        });
        // A write stopped during its last statement rolls back rather than commit what the caller no longer waits for.
        const cancelledAtEnd = mode === 'WRITE' ? stopped(bounds) : undefined;
        if (cancelledAtEnd) throw cancelledAtEnd;
        return value;
      },
      options,
    );
    if (mode === 'WRITE') {
      done.then(
        () => {
          for (const listener of this.committers) listener();
        },
        () => undefined,
      );
    }
    if (!bounds) return done;
    // The engine's own promise settles later when it cannot stop a statement; nobody waits for it then.
    done.catch(() => undefined);
    return untilAborted(done, bounds.signal);
  }

  /**
   * Given a search, returns the hits of the engine's text index, read in one transaction under this executor's bounds;
   * the Cypher it runs is reported as the statement `search/text-index`.
   */
  search(search: TextSearch): Promise<TextHit[]> {
    return this.transaction('READ', (run) => this.engine.searchText(search, (text, params) => run({ name: 'search/text-index', text, params })));
  }

  /** Resolves when the database answers. */
  ping(): Promise<void> {
    return this.engine.ping();
  }

  /** Closes the database connection or file. */
  close(): Promise<void> {
    return this.engine.close();
  }
}
