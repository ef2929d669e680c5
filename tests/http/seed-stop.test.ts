import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/root.js';
import { openGrafeoEngine } from '../../src/store/grafeo-engine.js';
import { Executor } from '../../src/store/index.js';

/** Writes a valid bundle of one source and `count` companies citing it: big enough that loading takes seconds. */
function bigBundle(folder: string, count: number): string {
  const nodes: unknown[] = [{ label: 'Source', id: 'stop-test-source', properties: { name: 'Generated source', kind: 'PRESS_RELEASE', title: 'Generated', publisher: 'Test', publishedOn: '2020-01-01' } }];
  for (let i = 0; i < count; i++) {
    nodes.push({ label: 'Company', id: `stop-test-company-${i}`, properties: { name: `Generated company ${i}` }, citations: [{ source: 'stop-test-source', locator: `row ${i}` }] });
  }
  const file = join(folder, `stop-test-${count}.json`);
  writeFileSync(file, JSON.stringify({ bundle: 'stop-test', nodes, relationships: [] }));
  return file;
}

/** Returns the ids of the processes whose command line mentions `text`. */
function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function companies(graphPath: string): Promise<number> {
  const executor = new Executor(openGrafeoEngine(graphPath));
  try {
    const [row] = await executor.read({ name: 'test/count', text: 'MATCH (c:Company) RETURN count(c) AS companies', params: {} });
    return Number(row?.companies);
  } finally {
    await executor.close();
  }
}

/** Starts `npm run seed <file>` and resolves once the import of the file has begun. */
function startSeed(graphPath: string, file: string): Promise<ChildProcess> {
  const child = spawn('npm', ['run', 'seed', '--silent', '--', file], { cwd: ROOT, env: { ...process.env, GRAPH_PATH: graphPath } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`loading ${file}`)) setTimeout(() => resolve(child), 300);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm run seed exited (${code}) before loading:\n${output}`)));
  });
}

describe('stopping npm run seed', () => {
  it.each([['SIGINT'], ['SIGTERM'], ['SIGKILL']] as const)('with %s to the npm process stops the import and keeps none of the bundle', async (signal) => {
    const graphPath = mkdtempSync(join(tmpdir(), 'graph-'));
    const file = bigBundle(graphPath, 60_000);
    const npm = await startSeed(graphPath, file);
    npm.kill(signal);
    // Every process of the import ends by itself, within seconds, without finishing it.
    await expect.poll(() => processesMentioning(file), { timeout: 20_000, interval: 100 }).toEqual([]);
    expect(await companies(graphPath)).toBe(0);
  }, 60_000);
});
