import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';

/** One example operation that the explorer opens as a tab, in the order given. */
export interface ExplorerOperation {
  name: string;
  query: string;
}

// The page may talk to its own origin only: this is what keeps the explorer offline-safe
// even if a future GraphiQL release reaches for a CDN. Monaco injects <style> elements and
// GraphiQL inlines its fonts as data: URLs.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Given the built assets folder and the example operations, returns an express Router serving the explorer at `/`
 * and each compound's timeline at `/compounds/<id>/timeline` (the page asks the API for the compound; an unknown id
 * shows the API's NOT_FOUND).
 */
export function explorerRouter(options: {
  assetsDir: string;
  operations: ExplorerOperation[];
  graphqlPath: string;
}): Router {
  const { assetsDir, operations, graphqlPath } = options;
  const indexFile = path.join(assetsDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The explorer is not built: ${indexFile} is missing. Run \`npm run build\` first.`);
  }
  const page = readFileSync(indexFile);
  const timelineFile = path.join(assetsDir, 'timeline.html');
  if (!existsSync(timelineFile)) {
    throw new Error(`The timeline page is not built: ${timelineFile} is missing. Run \`npm run build\` first.`);
  }
  const timeline = readFileSync(timelineFile, 'utf8').replace('%GRAPHQL_PATH%', graphqlPath);
  const config = JSON.stringify({ graphqlPath, operations });

  const router = Router();
  router.get(['/', '/graphiql'], (_req, res) => {
    noCache(res).set('Content-Security-Policy', PAGE_POLICY).type('html').send(page);
  });
  router.get('/compounds/:id/timeline', (_req, res) => {
    noCache(res).set('Content-Security-Policy', PAGE_POLICY).type('html').send(timeline);
  });
  router.get('/explorer/operations.json', (_req, res) => {
    noCache(res).type('json').send(config);
  });
  router.use(
    '/explorer',
    express.static(assetsDir, {
      index: false,
      cacheControl: false,
      // Every asset but index.html has a content hash in its name.
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    }),
  );
  return router;
}

function noCache(res: Response): Response {
  return res.set('Cache-Control', 'no-cache');
}
