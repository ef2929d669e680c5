import type { Environment } from 'monaco-editor';

/** File names of the worker bundles beside this script, injected by scripts/build-explorer.mjs. */
declare const EXPLORER_WORKERS: { editor: string; json: string; graphql: string };

// Monaco asks for one worker per language. Each comes from a local bundle next to this
// script (not a CDN, as graphiql's own setup-workers files do), so the page works offline.
const environment: Environment = {
  getWorker(_workerId, label) {
    const file =
      label === 'graphql'
        ? EXPLORER_WORKERS.graphql
        : label === 'json'
          ? EXPLORER_WORKERS.json
          : EXPLORER_WORKERS.editor;
    return new Worker(new URL(file, import.meta.url), { name: label });
  },
};

window.MonacoEnvironment = environment;
