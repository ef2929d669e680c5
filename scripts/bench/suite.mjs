// `npm run bench` (BENCH_SIZES=1000,10000,100000 by default): for each size, generates the data set
// (scripts/bench/generate.mjs), imports it with `npm run seed`'s CLI (wall time, peak RSS, store size), starts the
// built server on it (cold start to the first answer), then for each named query measures
//   - statements per request (from the server's statement log),
//   - sequential p50/p95 over HTTP, and the same statements replayed directly on the engine in-process (the floor),
//   - throughput and p50/p99 under 32 connections with the response cache off, interleaved with a minimal Apollo
//     Server `{ hello }` on the same stack in the same run, as a ratio; the same with the cache on (the default: the
//     repeated query is answered from memory), against the same `{ hello }`; and the floor's throughput (the statements from 32 loops in-process) as a
//     ratio to the same `{ hello }`: the most any server on this engine could reach.
// A query slower than BENCH_QUERY_CAP_S (30 s) at one size is reported as such and skipped at larger sizes: the
// embedded engine cannot stop a statement, so the server is restarted after it. Prints a table per size and writes
// bench-results/suite.json. Loopback only; every step is bounded in time.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROOT = new URL('../..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 20);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CAP_MS = Number(process.env.BENCH_QUERY_CAP_S ?? 30) * 1000;
const WORK = join(tmpdir(), 'opg-bench');

const { CANDIDATES_PER_LABEL, Executor, openEngine, SEARCHABLE_LABELS, searchTerms } = await import(join(ROOT, 'dist/src/store/index.js'));

/** The searches measured, by name: a code name written without its dash (an exact match), and a typo. */
const SEARCHES = { 'search, code name': 'BSA101', 'search, typo': 'myelomma' };

const HEADLINE = 'programs(first: 20, where: { designation: { type: ORPHAN_DRUG }, stage: PHASE_2, indication: { name: "B-cell malignancy" } }) { totalCount nodes { id stage compound { name } indication { name } } }';

const QUERIES = {
  headline: `{ ${HEADLINE} }`,
  // As of a date in the middle of the generated sources' dates (2006 to 2025): programs as their dated facts gave them then.
  'headline, @asOf': `query @asOf(date: "2016-01-01") { ${HEADLINE} }`,
  'programs page, @asOf': 'query @asOf(date: "2016-01-01") { programs(first: 20) { totalCount nodes { id stage } } }',
  'trials page, @asOf': 'query @asOf(date: "2016-01-01") { trials(first: 20, where: { phase: { eq: PHASE_3 } }) { totalCount nodes { id name } } }',
  'programs page, no filter': '{ programs(first: 20) { totalCount nodes { id stage } } }',
  'programs page, stage filter': '{ programs(first: 20, where: { stageAtLeast: PHASE_3 }) { totalCount nodes { id stage } } }',
  'node(id)': '{ node(id: "gen-cmp-000001") { id ... on Compound { name } } }',
  'researcher, 4 levels': '{ compound(id: "gen-cmp-000001") { name trials(first: 10) { totalCount nodes { name phase cohorts(first: 5) { nodes { name readouts(first: 5) { nodes { endpoint value unit } } } } } } } }',
  'filtered list': '{ trials(first: 20, where: { phase: { eq: PHASE_3 } }) { totalCount nodes { id name } } }',
  'nested list': '{ company(id: "gen-co-00001") { name compounds(first: 20) { totalCount nodes { name trials(first: 5) { nodes { phase } } } } } }',
  ...Object.fromEntries(Object.entries(SEARCHES).map(([name, text]) => [name, `{ search(query: "${text}", first: 10) { totalCount nodes { score matched { field value kind } node { id } } } }`])),
};

/**
 * Given the executor, a query's name and its captured statements, returns the query's work on the engine alone. A
 * search's first step is the engine's text index, which the statement log shows only as the read of the nodes it found.
 */
function floorWork(executor, name, statements) {
  const text = SEARCHES[name];
  return async () => {
    for (const statement of statements) {
      if (text !== undefined && statement.name === 'search/text-index') await executor.search({ labels: SEARCHABLE_LABELS, terms: searchTerms(text), perLabel: CANDIDATES_PER_LABEL });
      else await executor.read(statement);
    }
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value) => (value === undefined ? undefined : Math.round(value * 10) / 10);

function peakRssMiB(pid) {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return undefined;
  }
}

/** Runs a node script to its end, sampling its peak RSS; returns its wall time and peak. */
function runMeasured(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, peakRssMiB(child.pid) ?? 0)), 50);
    child.stdout.resume();
    child.once('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssMiB: Math.round(peak) });
    });
  });
}

/** Starts the built server on a store; resolves with its URL, the time to its first answer, and its statement log. */
function startServer(graphPath, env = {}) {
  const port = 4800 + Math.floor(Math.random() * 1000);
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/src/index.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), GRAPH_PATH: graphPath, SEED_ON_START: 'false', RATE_LIMIT_POINTS: '1000000000', LIMIT_CONCURRENT_PER_CLIENT: '10000', REQUEST_TIMEOUT_MS: String(CAP_MS * 4), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const lines = [];
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop();
    for (const part of parts) if (part.startsWith('{')) lines.push(JSON.parse(part));
  });
  // Ready once it answers a query and has prepared its store (the schema DDL it runs would otherwise land in the
  // statement log of the first measured query).
  const ready = (async () => {
    let firstAnswer;
    for (;;) {
      try {
        if (firstAnswer === undefined) {
          const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERIES['node(id)'] }) });
          if (response.ok && (await response.json()).data?.node) firstAnswer = (performance.now() - started) / 1000;
        }
        if (firstAnswer !== undefined && (await fetch(`${url}/readyz`)).ok) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          return firstAnswer;
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return { url, child, lines, ready, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGKILL')))) };
}

async function ask(url, query) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(CAP_MS) });
  const body = await response.json();
  if (body.errors) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return { ms: performance.now() - started, body };
}

async function throughput(url, query) {
  const result = await autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections: 32, duration: LOAD_SECONDS });
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/**
 * Given the executor and a query's statements, runs them one after the other from 32 concurrent loops for the load's
 * duration, and returns how many times per second the whole set ran: the most any server on this engine could answer.
 */
async function floorThroughput(work) {
  const end = performance.now() + LOAD_SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() < end) {
        await work();
        done += 1;
      }
    }),
  );
  return done / LOAD_SECONDS;
}

const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(130);
  });
}

const hello = spawn(process.execPath, ['scripts/bench/hello-server.mjs'], { cwd: ROOT, env: { PATH: process.env.PATH, PORT: '4799' }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1000));
children.add(hello);
const HELLO = 'http://127.0.0.1:4799';

const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, date: new Date().toISOString(), sizes: {} };
const tooSlow = new Set();
try {
  for (const size of SIZES) {
    const data = join(WORK, `data-${size}`);
    const store = join(WORK, `store-${size}`);
    rmSync(store, { recursive: true, force: true });
    execFileSync(process.execPath, ['scripts/bench/generate.mjs', '--programs', String(size), '--out', data], { cwd: ROOT, stdio: 'ignore' });
    const imported = await runMeasured(['dist/src/ingest/seed-cli.js', data], { GRAPH_PATH: store });
    const storeMiB = Number(execFileSync('du', ['-sm', store]).toString().split('\t')[0]);
    const entry = { import: { ...imported, storeMiB }, queries: {} };
    results.sizes[size] = entry;

    // Capture each query's statements once, with their parameters, from the server's statement log (no response cache:
    // the readiness probe's answer would otherwise answer the first query).
    let server = startServer(store, { LOG_LEVEL: 'info', LOG_CYPHER: 'true', LOG_CYPHER_PARAMS: 'true', RESPONSE_CACHE_MB: '0' });
    entry.coldStartSeconds = round(await server.ready);
    const captured = {};
    for (const [name, query] of Object.entries(QUERIES)) {
      if (tooSlow.has(name)) continue;
      const before = server.lines.length;
      try {
        await ask(server.url, query);
        await new Promise((resolve) => setTimeout(resolve, 100));
        captured[name] = server.lines.slice(before).filter((line) => line.msg === 'cypher').map((line) => ({ name: line.statement, text: line.cypher, params: line.parameters ?? {} }));
      } catch (error) {
        tooSlow.add(name);
        entry.queries[name] = { skipped: `${error.name === 'TimeoutError' ? `over ${CAP_MS / 1000} s` : error.message}` };
        await server.stop();
        server = startServer(store, { LOG_LEVEL: 'info', LOG_CYPHER: 'true', LOG_CYPHER_PARAMS: 'true', RESPONSE_CACHE_MB: '0' });
        await server.ready;
      }
    }
    await server.stop();

    // Sequential latency and throughput over HTTP, without statement logging, and without the response cache: every
    // request does its work. Then throughput again with the cache on (the default), where a repeated query is kept.
    server = startServer(store, { RESPONSE_CACHE_MB: '0' });
    await server.ready;
    for (const name of Object.keys(captured)) {
      const times = [];
      for (let rep = 0; rep < REPS; rep++) times.push((await ask(server.url, QUERIES[name])).ms);
      entry.queries[name] = { statements: captured[name].length, p50ms: round(percentile(times, 50)), p95ms: round(percentile(times, 95)) };
      // A query slower than a second would leave the server a backlog of uncancellable statements after the run.
      if (percentile(times, 95) > 1000) {
        entry.queries[name].load = 'not run: p95 over 1 s';
        continue;
      }
      const load = await throughput(server.url, QUERIES[name]);
      const reference = await throughput(HELLO, '{ hello }');
      Object.assign(entry.queries[name], {
        perSecond: round(load.perSecond),
        loadP50ms: load.p50,
        loadP99ms: load.p99,
        loadErrors: load.errors + load.non2xx,
        helloPerSecond: round(reference.perSecond),
        ratioToHello: Math.round((load.perSecond / reference.perSecond) * 1000) / 1000,
      });
    }
    await server.stop();
    server = startServer(store);
    await server.ready;
    for (const name of Object.keys(captured)) {
      const measured = entry.queries[name];
      if (!measured.helloPerSecond) continue;
      const cached = await throughput(server.url, QUERIES[name]);
      Object.assign(measured, { cachedPerSecond: round(cached.perSecond), cachedRatioToHello: Math.round((cached.perSecond / measured.helloPerSecond) * 1000) / 1000 });
    }
    await server.stop();

    // The floor: the same statements, with the same parameters, run directly on the engine in this process.
    const executor = new Executor(openEngine({ graphPath: store, neo4j: undefined }));
    for (const [name, statements] of Object.entries(captured)) {
      const work = floorWork(executor, name, statements);
      const times = [];
      for (let rep = 0; rep < REPS; rep++) {
        const started = performance.now();
        await work();
        times.push(performance.now() - started);
      }
      const floor = { p50ms: round(percentile(times, 50)), p95ms: round(percentile(times, 95)) };
      Object.assign(entry.queries[name], { floorP50ms: floor.p50ms, floorP95ms: floor.p95ms, p95OverFloor: round(entry.queries[name].p95ms / Math.max(floor.p95ms, 0.1)) });
      if (entry.queries[name].helloPerSecond) {
        const perSecond = await floorThroughput(work);
        Object.assign(entry.queries[name], { floorPerSecond: round(perSecond), floorRatioToHello: Math.round((perSecond / entry.queries[name].helloPerSecond) * 1000) / 1000 });
      }
    }
    await executor.close();

    console.log(`\n${size} programs: import ${round(imported.seconds)} s, peak RSS ${imported.peakRssMiB} MiB, store ${storeMiB} MiB, cold start to first answer ${entry.coldStartSeconds} s`);
    console.table(entry.queries);
  }
} finally {
  hello.kill('SIGTERM');
}
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'suite.json'), `${JSON.stringify(results, null, 2)}\n`);
