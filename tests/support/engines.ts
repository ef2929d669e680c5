import { join } from 'node:path';
import { readConfig } from '../../src/config.js';
import { ROOT } from '../../src/root.js';
import { DERIVED_LABELS, LABELS } from '../../src/store/graph-schema.js';

/** Every label this graph writes: the facts' and the derived ones. */
const OUR_LABELS = [...LABELS, ...DERIVED_LABELS];
import { CypherCatalog, Executor, openEngine, prepareStore } from '../../src/store/index.js';

/** The engines the store suite runs on: the embedded one always, Neo4j too when NEO4J_URI is set. */
export const ENGINES = ['embedded', ...(process.env.NEO4J_URI ? ['neo4j'] : [])] as const;

export const cypher = CypherCatalog.load(join(ROOT, 'cypher'));

/**
 * Given an engine name, returns a prepared executor over an empty graph: a fresh in-memory embedded graph, or the
 * Neo4j database of NEO4J_URI with this graph's nodes deleted first (point it at a disposable database).
 */
export async function freshStore(engine: (typeof ENGINES)[number]): Promise<Executor> {
  const executor = new Executor(engine === 'embedded' ? openEngine({ graphPath: ':memory:', neo4j: undefined }) : openEngine(readConfig()));
  if (engine === 'neo4j') await emptyOurLabels(executor);
  await prepareStore(executor, cypher);
  return executor;
}

/** Given an executor over the Neo4j of NEO4J_URI, deletes the nodes of this graph's labels, and no other. */
export async function emptyOurLabels(executor: Executor): Promise<void> {
  await executor.write({
    name: 'test/empty',
    text: 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) DETACH DELETE n',
    params: { labels: OUR_LABELS },
  });
}

/** Given an executor, returns every node (properties and label) and relationship, sorted: a picture of the store to compare. */
export async function snapshot(executor: Executor): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await executor.read({
    name: 'test/nodes',
    text: 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN labels(n) AS labels, n {.*} AS node',
    params: { labels: OUR_LABELS },
  });
  const relationships = await executor.read({
    name: 'test/relationships',
    text: 'MATCH (a)-[r]->(b) WHERE any(label IN labels(a) WHERE label IN $labels) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties',
    params: { labels: OUR_LABELS },
  });
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, inner: unknown) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    );
  return { nodes: nodes.map(stable).sort(), relationships: relationships.map(stable).sort() };
}
