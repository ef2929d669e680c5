import { join } from 'node:path';
import { ROOT } from '../root.js';
import { CypherCatalog } from '../store/index.js';

let catalog: CypherCatalog | undefined;

/** Given the name of a file under `cypher/` and its parameters, returns the statement (the catalog is read once). */
export function statement(name: string, params: Record<string, unknown>) {
  catalog ??= CypherCatalog.load(join(ROOT, 'cypher'));
  return { name, text: catalog.get(name), params };
}
