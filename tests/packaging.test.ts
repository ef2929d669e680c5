import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/root.js';

describe('package-lock.json', () => {
  it('keeps the hand-kept entries of the embedded engine’s platform binaries, which npm install drops', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
    const platforms = {
      'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
      'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
      'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
      'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
      'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
    };
    for (const [platform, target] of Object.entries(platforms)) {
      expect(lock.packages[`node_modules/@grafeo-db/js-${platform}`], platform).toMatchObject({ version: '0.6.0', optional: true, ...target });
    }
    expect(lock.packages['node_modules/@grafeo-db/js-linux-x64-gnu']).toMatchObject({ version: '0.6.0', optional: true, integrity: expect.stringMatching(/^sha512-/) });
  });
});

describe('a server on Neo4j', () => {
  it('starts on a platform for which the embedded engine has no binary', async () => {
    const child = spawn(process.execPath, ['--require', join(ROOT, 'tests', 'support', 'no-grafeo-binary.cjs'), 'dist/src/index.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'not-used' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          const match = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output) ?? /"msg":"[^"]*(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.once('exit', () => reject(new Error(`exited:\n${output}`)));
        setTimeout(() => reject(new Error(`did not serve within 15 s:\n${output}`)), 15_000);
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const readiness = await fetch(`${url}/readyz`);
      expect(readiness.status).toBe(503);
      expect(((await readiness.json()) as { reason: string }).reason).toContain('Neo4j at bolt://127.0.0.1:1 is unreachable');
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);

  it('the same platform on the embedded store refuses to start, naming the missing binary', async () => {
    const child = spawn(process.execPath, ['--require', join(ROOT, 'tests', 'support', 'no-grafeo-binary.cjs'), 'dist/src/index.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', GRAPH_PATH: ':memory:' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(output).toContain('cannot open the embedded graph at :memory:: Cannot find native binding for this platform');
  }, 30_000);
});
