// `npm run bench:load`: 200 connections for 60 s (BENCH_CONNECTIONS, BENCH_SECONDS) against the headline query on the
// built API (embedded store, seed data), then against a minimal Apollo Server `{ hello }` on the same stack for the
// same time. Prints requests, errors, non-2xx answers, p50/p99 latency, throughput and the API's memory before and
// after, as a table and as JSON (bench-results/load.json). Loopback only; bounded in time.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROOT = new URL('../..', import.meta.url).pathname;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 200);
const duration = Number(process.env.BENCH_SECONDS ?? 60);
const query = readFileSync(join(ROOT, 'schema/operations/01-orphan-drugs-in-phase-2-for-b-cell-malignancies.graphql'), 'utf8');

function start(args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/(graphql)?/.exec(output);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', () => reject(new Error(`exited before serving:\n${output}`)));
  });
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function load(url, body) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections,
    duration,
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    non2xx: result.non2xx,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
  };
}

// The per-client limits are raised for the run: 200 connections from one address are one client, which would
// otherwise get 429 past 16 requests in flight and once its budget is spent.
const api = await start(['dist/src/index.js'], { GRAPH_PATH: ':memory:', RATE_LIMIT_POINTS: '1000000000', LIMIT_CONCURRENT_PER_CLIENT: '1000' });
// Ready once seeded; the per-request log lines are then turned off by the level of the run below.
while ((await fetch(`${api.url}/readyz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
api.child.stdout.removeAllListeners('data');
api.child.stdout.resume();
const check = await (await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
if (check.data?.programs?.edges?.[0]?.node?.compound?.name !== 'CLR 131') throw new Error(`unexpected answer: ${JSON.stringify(check)}`);
const before = rssMiB(api.child.pid);
const headline = await load(api.url, { query });
const after = rssMiB(api.child.pid);
api.child.kill('SIGTERM');

const hello = await start(['scripts/bench/hello-server.mjs'], {});
const reference = await load(hello.url, { query: '{ hello }' });
hello.child.kill('SIGTERM');

const report = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  connections,
  seconds: duration,
  headline: { ...headline, rssBeforeMiB: Math.round(before), rssAfterMiB: Math.round(after) },
  hello: reference,
  ratio: Number((headline.perSecond / reference.perSecond).toFixed(3)),
};
console.table({ headline: report.headline, hello: report.hello });
console.log(`headline req/s ÷ hello req/s: ${report.ratio}`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
