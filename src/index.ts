import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { BundleInvalidError } from './ingest/load-bundle.js';
import { CypherFileError, StoreUnavailableError } from './store/index.js';

// Start-up wiring only: configuration, then the app; clean shutdown on SIGTERM and SIGINT, also during start-up.
function fail(error: unknown): never {
  const known = [ConfigError, CypherFileError, BundleInvalidError, StoreUnavailableError].some((type) => error instanceof type);
  console.error(known ? (error as Error).message : error);
  process.exit(1);
}

let starting: ReturnType<typeof startApp>;
try {
  starting = startApp(readConfig(), { onFatal: (error) => void starting.then((app) => app.close()).finally(() => fail(error)) });
} catch (error) {
  fail(error);
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: draining requests and closing the store`);
  starting
    .then((app) => app.close())
    .then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
};
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
starting.catch(fail);
