// `npm run bench:requests -- <store directory> [requests.json]`: runs single program requests on the built API over a
// benchmark store (BENCH_SIZES' `bench-results/store-<size>`, or a copy: the API may write to it), the response cache
// off (a request with `asOf` is a query @asOf that date), and prints for each the rows it was priced at, the time of the third of three runs, the matches and the first
// id, as a table and as JSON (bench-results/requests.json). Loopback only; each request bounded by REQUEST_TIMEOUT_MS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const [store, file = join(ROOT, 'scripts/bench/program-requests.json')] = process.argv.slice(2);
if (!store) throw new Error('usage: npm run bench:requests -- <store directory> [requests.json]');
const { readConfig } = await import(join(ROOT, 'dist/src/config.js'));
const { startApp } = await import(join(ROOT, 'dist/src/app.js'));
const app = await startApp(
  readConfig({ PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', GRAPH_PATH: store, SEED_ON_START: 'false', RESPONSE_CACHE_MB: '0', LOG_LEVEL: 'error', RATE_LIMIT_POINTS: '1000000000', REQUEST_TIMEOUT_MS: '60000' }),
);
const results = [];
try {
  for (const { label, where, orderBy, asOf } of JSON.parse(readFileSync(file, 'utf8'))) {
    const query = `${asOf ? `query @asOf(date: "${asOf}") ` : ''}{ programs(where: ${where}${orderBy ? `, orderBy: ${orderBy}` : ''}) { totalCount edges { node { id stage } } } }`;
    let ms = 0;
    let body;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      body = await (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
      ms = performance.now() - start;
    }
    results.push({ label, rows: body.extensions?.cost?.rows, ms: Math.round(ms), matches: body.data?.programs?.totalCount, first: body.data?.programs?.edges?.[0]?.node?.id, error: body.errors?.[0]?.message });
  }
} finally {
  await app.close();
}
console.table(results);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/requests.json'), `${JSON.stringify(results, null, 2)}\n`);
