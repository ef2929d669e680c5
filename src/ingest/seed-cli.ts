import 'reflect-metadata';
import { join } from 'node:path';
import { ROOT } from '../root.js';
import { ConfigError, readConfig } from '../config.js';
import { CypherCatalog, CypherFileError, Executor, openEngine, prepareStore, StoreUnavailableError } from '../store/index.js';
import { BundleInvalidError, loadBundle, readBundleFile, seedFiles } from './load-bundle.js';

// `npm run seed [bundle.json ...]`: loads the given bundles, or every bundle of seeds/, into the configured store.
const files = process.argv.slice(2);
let executor: Executor | undefined;
try {
  executor = new Executor(openEngine(readConfig()));
  await prepareStore(executor, CypherCatalog.load(join(ROOT, 'cypher')));
  for (const file of files.length ? files : seedFiles(join(ROOT, 'seeds'))) {
    const summary = await loadBundle(executor, readBundleFile(file));
    console.log(
      `${summary.bundle}: ${summary.nodesWritten} node(s) written, ${summary.nodesUnchanged} unchanged, ${summary.relationships} relationship(s) merged`,
    );
  }
} catch (error) {
  const known = [ConfigError, CypherFileError, BundleInvalidError, StoreUnavailableError].some((type) => error instanceof type);
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
} finally {
  await executor?.close();
}
