import 'reflect-metadata';
import { type App, startApp } from './app.js';
import { type Config, ConfigError, readConfig } from './config.js';
import { createLogger } from './http/observability.js';
import { BundleInvalidError } from './ingest/load-bundle.js';
import { CypherFileError, StoreUnavailableError } from './store/index.js';

// Start-up wiring only: configuration, then the app; one shutdown path for signals and fatal errors, also during start-up.
let config: Config | undefined;
try {
  config = readConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

function report(error: unknown): void {
  const known = [CypherFileError, BundleInvalidError, StoreUnavailableError].some((type) => error instanceof type);
  if (known) logger.fatal((error as Error).message);
  else logger.fatal({ err: error }, 'start-up failed');
}

let starting: Promise<App> | undefined;
let stopping = false;

/** Given an exit code and what caused it, closes the app (once, whoever asks first) and exits. */
function shutdown(code: number, cause: string | Error): void {
  if (stopping) return;
  stopping = true;
  if (cause instanceof Error) report(cause);
  else logger.info(`${cause}: draining requests and closing the store`);
  const closing = starting ? starting.then((app) => app.close(), () => undefined) : Promise.resolve();
  closing.then(
    () => process.exit(code),
    (error: unknown) => {
      report(error);
      process.exit(1);
    },
  );
}

process.once('SIGTERM', () => shutdown(0, 'SIGTERM'));
process.once('SIGINT', () => shutdown(0, 'SIGINT'));
starting = startApp(config, { logger, onFatal: (error) => shutdown(1, error) });
starting.catch((error: Error) => {
  starting = undefined;
  shutdown(1, error);
});
