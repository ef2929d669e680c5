import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadBundle, readBundleFile } from '../src/ingest/load-bundle.js';
import { ROOT } from '../src/root.js';
import { graphql, startTestServer } from './support/server.js';

const generate = (out: string, programs: number, ...more: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/bench/generate.mjs', '--programs', String(programs), '--out', out, ...more], { cwd: ROOT });

describe('the benchmark generator', () => {
  it('writes the same valid bundles for the same arguments, with exactly N programs', async () => {
    const [one, two] = [mkdtempSync(join(tmpdir(), 'gen-')), mkdtempSync(join(tmpdir(), 'gen-'))];
    await generate(one, 300, '--per-bundle', '40', '--check');
    await generate(two, 300, '--per-bundle', '40');
    const files = readdirSync(one).sort();
    expect(files[0]).toBe('00-gen-300-base.json');
    expect(files.length).toBeGreaterThan(2);
    expect(readdirSync(two).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(two, file), 'utf8')).toBe(readFileSync(join(one, file), 'utf8'));

    const app = await startTestServer({ seedOnStart: false });
    try {
      for (const file of files) await loadBundle(app.executor, readBundleFile(join(one, file)));
      const { body } = await graphql(app.url, '{ programs(first: 0) { totalCount } companies(first: 0) { totalCount } trials(first: 0) { totalCount } }');
      expect(body.data?.programs.totalCount).toBe(300);
      expect(body.data?.companies.totalCount).toBe(12);
      expect(body.data?.trials.totalCount).toBeGreaterThan(300);
    } finally {
      await app.close();
    }
  }, 120_000);
});
