import type { CypherCatalog, Executor, GraphState, WorkBounds } from '../store/index.js';
import { GraphReader } from '../modules/shared/graph-reader.js';
import { HINT_STATEMENTS, Hints } from '../modules/shared/hints.js';
import { PROGRAM_STATEMENTS, ProgramService } from '../modules/program/program.service.js';
import { SearchService } from '../modules/search/search.service.js';
import type { Warning } from './warnings.js';

/** What every resolver of one request shares: the request's graph reader and services, with their DataLoaders. */
export interface Context {
  graph: GraphReader;
  programs: ProgramService;
  search: SearchService;
  /** The data version, last load and labels' sizes the server keeps in memory (shared by every request). */
  state: GraphState;
  /** What the answer's `extensions.warnings` will say (a filter that named nothing, with the closest names). */
  warnings: Warning[];
  /** The hints for filters that named nothing (shared by every request). */
  hints: Hints;
}

/**
 * Given the executor and the Cypher catalog, returns a function that makes a fresh context for each request, whose
 * statements stop at the request's bounds (deadline, client gone, shutdown). Throws at once, naming the file, when a
 * statement the services run is missing from `cypher/`.
 */
export function contextFactory(executor: Executor, cypher: CypherCatalog, state: GraphState): (bounds: WorkBounds) => Context {
  cypher.require([...PROGRAM_STATEMENTS, ...HINT_STATEMENTS]);
  const hints = new Hints(state);
  return (bounds) => {
    const graph = new GraphReader(executor.bounded(bounds), cypher);
    const warnings: Warning[] = [];
    return { graph, programs: new ProgramService(graph), search: new SearchService(graph.executor), state, warnings, hints };
  };
}
