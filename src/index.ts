import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { CypherFileError } from './store/index.js';
import { BundleInvalidError } from './ingest/load-bundle.js';

// Start-up wiring only: configuration, then the app; clean shutdown on SIGTERM and SIGINT.
try {
  const app = await startApp(readConfig());
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and closing the store`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  const known = error instanceof ConfigError || error instanceof CypherFileError || error instanceof BundleInvalidError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
}
