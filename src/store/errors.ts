/** The store cannot be reached or refused the connection (network, credentials, database missing). */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A statement failed inside a reachable store: a bug in our Cypher or a constraint the data broke. */
export class StoreQueryError extends Error {
  readonly code = 'STORE_QUERY_FAILED';
  constructor(
    readonly statement: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${statement}: ${message}`, options);
    this.name = 'StoreQueryError';
  }
}

/** A Cypher file is missing, empty or does not parse; start-up stops with its name. */
export class CypherFileError extends Error {
  readonly code = 'CYPHER_FILE_INVALID';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`cypher/${file}.cypher: ${message}`);
    this.name = 'CypherFileError';
  }
}

/** Why a request's statements were stopped: its deadline passed, its client went away, or the server is shutting down. */
export type CancelReason = 'deadline' | 'disconnected' | 'shutdown';

/** A statement was not started, or its result was dropped, because the work it belongs to was cancelled. */
export class CancelledError extends Error {
  readonly code = 'CANCELLED';
  constructor(
    readonly reason: CancelReason,
    message: string,
  ) {
    super(message);
    this.name = 'CancelledError';
  }
}
