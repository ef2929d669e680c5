import type { Config } from '../config.js';
import { CypherCatalog } from './cypher-catalog.js';
import type { Engine } from './engine.js';
import { CypherFileError, StoreUnavailableError } from './errors.js';
import { Executor } from './executor.js';
import { openGrafeoEngine } from './grafeo-engine.js';
import { schemaStatements } from './graph-schema.js';
import { openNeo4jEngine } from './neo4j-engine.js';
import { SEARCHABLE_LABELS } from './search-text.js';

export { CypherCatalog } from './cypher-catalog.js';
export { Executor, type StatementEvent, type RunInTransaction, type WorkBounds } from './executor.js';
export { type CancelReason, CancelledError, CypherFileError, StoreQueryError, StoreUnavailableError } from './errors.js';
export type { Row, AccessMode } from './engine.js';
export type { Neo4jSettings } from './neo4j-engine.js';
export * from './graph-schema.js';
export { LabelSizes } from './label-sizes.js';
export { type BundleRecord, GraphState } from './graph-state.js';
export {
  type Comparison,
  type Condition,
  anyNodeOfTheGraph,
  countNodes,
  findNodes,
  findNodesAnywhere,
  type Keyset,
  linkNodes,
  listNodes,
  type Ordering,
  type PathStep,
  QueryBuilderError,
  relatedNodes,
  nodesDatedBySources,
  setKnownFrom,
  setSearchText,
  type Statement,
  unlinkNodes,
  upsertNodes,
} from './query-builder.js';
export {
  type AnyOfStep,
  countPrograms,
  countRelatedNodes,
  listPrograms,
  listProgramsAsOf,
  listSortedPrograms,
  programIdsOfTrials,
  programsAnchored,
  type ProgramConditions,
  type ProgramKey,
  type ProgramOrdering,
  type ProgramPredicate,
  relatedIds,
  type RelationPath,
} from './query-builder.js';
export { CypherInteger, int } from './values.js';
export { ONTOLOGIES, XREF_PROPERTIES, xrefsOf } from './ontologies.js';
export * from './search-text.js';
export { RELATION_FIELDS, type RelationField, relationTarget } from './relations.js';

/** Given the store settings, returns the engine they name: Neo4j when a URI is set, the embedded graph otherwise. */
export function openEngine(config: Pick<Config, 'graphPath' | 'neo4j'>): Engine {
  return config.neo4j ? openNeo4jEngine(config.neo4j) : openGrafeoEngine(config.graphPath);
}

/**
 * Given an executor and the Cypher catalog, applies the engine's constraints and indexes (`schemaStatements`, derived
 * from the graph schema, each idempotent) and the text indexes search reads, and checks that every statement of the
 * catalog parses and plans, so a broken file stops start-up with its name instead of failing a request later.
 */
export async function prepareStore(executor: Executor, catalog: CypherCatalog): Promise<void> {
  await executor.ping();
  for (const { name, text } of schemaStatements(executor.engine.kind)) await executor.write({ name, text, params: {} });
  await executor.engine.prepareTextSearch(SEARCHABLE_LABELS);
  for (const name of catalog.names()) {
    try {
      await executor.engine.check(catalog.get(name));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new CypherFileError(name, (error as Error).message);
    }
  }
}
