import type { SearchableLabel, TextHit, TextSearch } from './search-text.js';

/** Whether a unit of work only reads (routable to replicas) or may write. */
export type AccessMode = 'READ' | 'WRITE';

/** A row as the store returns it: plain JS values only (numbers, strings, booleans, null, arrays, objects). */
export type Row = Record<string, unknown>;

/** Runs one Cypher statement inside an open unit of work and returns its rows. */
export type RunStatement = (text: string, params: Record<string, unknown>) => Promise<Row[]>;

/** How long a unit of work may take; an engine that can enforce it server-side does (Neo4j's transaction timeout). */
export interface TransactionOptions {
  timeoutMs?: number;
}

/** Runs the text index's search inside an open read transaction; `run` runs the Cypher it needs there. */
export type SearchText = (search: TextSearch, run: RunStatement) => Promise<TextHit[]>;

/** The contract each database engine fulfils behind the executor; only `store/` sees it. */
export interface Engine {
  /** A short name for logs and docs: `embedded` or `neo4j`. */
  readonly kind: 'embedded' | 'neo4j';
  /** Where the data lives, for messages (a path, `:memory:` or a URI without credentials). */
  readonly location: string;
  /** Given a mode and some work, runs the work in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(mode: AccessMode, work: (run: RunStatement) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Given an error a statement raised, tells whether it is the connection's fault (left to the engine to retry). */
  isTransient(error: unknown): boolean;
  /** Given a statement, checks that the engine can parse and plan it, without running it. */
  check(text: string): Promise<void>;
  /** Given the labels search covers, creates the text index over their search terms unless it exists. */
  prepareTextSearch(labels: readonly SearchableLabel[]): Promise<void>;
  /** Given a search, returns up to `perLabel` hits of each label its text index ranks best, best first per label. */
  searchText: SearchText;
  /** Resolves when the database answers, rejects with the engine's error otherwise. */
  ping(): Promise<void>;
  /** Releases the database; later calls fail. */
  close(): Promise<void>;
}
