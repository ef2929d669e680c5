import type { CypherCatalog, Executor, GraphState, WorkBounds } from '../store/index.js';
import { GraphReader } from '../modules/shared/graph-reader.js';
import { PROGRAM_STATEMENTS, ProgramService } from '../modules/program/program.service.js';

/** What every resolver of one request shares: the request's graph reader and services, with their DataLoaders. */
export interface Context {
  graph: GraphReader;
  programs: ProgramService;
  /** The data version, last load and labels' sizes the server keeps in memory (shared by every request). */
  state: GraphState;
}

/**
 * Given the executor and the Cypher catalog, returns a function that makes a fresh context for each request, whose
 * statements stop at the request's bounds (deadline, client gone, shutdown). Throws at once, naming the file, when a
 * statement the services run is missing from `cypher/`.
 */
export function contextFactory(executor: Executor, cypher: CypherCatalog, state: GraphState): (bounds: WorkBounds) => Context {
  cypher.require(PROGRAM_STATEMENTS);
  return (bounds) => {
    const graph = new GraphReader(executor.bounded(bounds), cypher);
    return { graph, programs: new ProgramService(graph), state };
  };
}
