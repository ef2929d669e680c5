import 'reflect-metadata';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../root.js';
import { ConfigError, readConfig } from '../config.js';
import { CancelledError, CypherFileError, Executor, openEngine, prepareStore, StoreUnavailableError, CypherCatalog } from '../store/index.js';
import { BundleInvalidError, loadBundle, readBundleFile, seedBundleFiles, seedFiles } from './load-bundle.js';
import { ensurePrograms } from './programs.js';
import { ensureSearchText } from './search-text.js';

// `npm run seed [bundle.json | folder ...]`: loads the given bundles (a folder: its *.json in name order), or every
// bundle of seeds/ and then of seeds/history/ (the latter unless SEED_HISTORY=false), into the configured store.
// Stopping it (SIGINT, SIGTERM, or the npm process that started it going away) stops the import at the next
// statement and rolls the bundle in progress back: each bundle lands whole or not at all.
const files = process.argv.slice(2);
const stop = new AbortController();
const parent = process.ppid;
const stopBecause = (why: string) => {
  if (stop.signal.aborted) return;
  console.error(`${why}: stopping the import; the bundle in progress is rolled back`);
  stop.abort(new CancelledError('shutdown', why));
};
process.once('SIGINT', () => stopBecause('SIGINT'));
process.once('SIGTERM', () => stopBecause('SIGTERM'));
// A parent killed outright sends no signal: its child is re-parented, which this notices.
const orphaned = setInterval(() => process.ppid !== parent && stopBecause('the parent process ended'), 200);
orphaned.unref();

let executor: Executor | undefined;
try {
  executor = new Executor(openEngine(readConfig()));
  await prepareStore(executor, CypherCatalog.load(join(ROOT, 'cypher')));
  const bounded = executor.bounded({ signal: stop.signal });
  const derived = await ensurePrograms(bounded);
  if (derived?.written || derived?.deleted) console.log(`programs derived again (their rule changed): ${derived.written} written, ${derived.deleted} deleted`);
  const searchTerms = await ensureSearchText(bounded);
  if (searchTerms) console.log(`search terms written again (their rule changed, or the store predates search): ${searchTerms} node(s)`);
  // A folder stands for its bundles in name order: a large data set comes as many bundles, each its own transaction.
  const bundles = files.length ? files.flatMap((path) => (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? seedFiles(path) : [path])) : seedBundleFiles(ROOT, readConfig().seedHistory);
  for (const file of bundles) {
    const bundle = readBundleFile(file);
    console.log(`loading ${file}`);
    const summary = await loadBundle(bounded, bundle);
    console.log(
      `${summary.bundle}: ${summary.nodesWritten} node(s) written, ${summary.nodesUnchanged} unchanged, ${summary.relationships} relationship(s) merged, ${summary.unlinked} removed; programs: ${summary.programs.written} written, ${summary.programs.deleted} deleted`,
    );
  }
} catch (error) {
  const known = [ConfigError, CypherFileError, BundleInvalidError, StoreUnavailableError, CancelledError].some((type) => error instanceof type);
  console.error(known ? (error as Error).message : error);
  process.exitCode = stop.signal.aborted ? 130 : 1;
} finally {
  clearInterval(orphaned);
  // Waits for a rollback in progress: the store is closed only once it holds all of a bundle or none of it.
  await executor?.close();
}
