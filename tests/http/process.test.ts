import { type ChildProcess, spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/root.js';
import { graphql } from '../support/server.js';

/** A started server process: its URL, everything it printed, and a promise of its exit code. */
interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** The server processes started and not exited yet: a test that fails before stopping one leaves it to afterAll. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** Given environment variables, starts the built server (`node dist/src/index.js`, as `npm start` does) and waits for its URL. */
function startProcess(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['dist/src/index.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', ...env },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 20 s:\n${output}`)), 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output, exited });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', () => reject(new Error(`exited before serving:\n${output}`)));
  });
}

describe('the server process', () => {
  it('seeds an empty GRAPH_PATH, keeps the data across restarts, and stops cleanly on SIGTERM and SIGINT', async () => {
    const graphPath = mkdtempSync(join(tmpdir(), 'graph-'));

    const first = await startProcess({ GRAPH_PATH: graphPath });
    expect(first.output()).toContain('seeded the empty store with 37 bundle(s)');
    const { body } = await graphql(first.url, '{ readout(id: "clr-131-phase-1-cohort-2-median-os-2017-11-07") { value unit asOf } }');
    expect(body.data).toEqual({ readout: { value: 15.4, unit: 'MONTHS', asOf: '2017-11-07' } });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('SIGTERM: draining requests and closing the store');

    const second = await startProcess({ GRAPH_PATH: graphPath });
    expect(second.output()).not.toContain('seeded');
    // Cellectar, the two sponsors the EU orphan designation has had, and Cellectar's supplier CPDC.
    expect((await graphql(second.url, '{ companies { totalCount } }')).body.data).toEqual({ companies: { totalCount: 4 } });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 60_000);

  it('refuses a bad configuration with every problem named and exit code 1', async () => {
    const child = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty', NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toBe(
      'invalid configuration:\n  - PORT must be a whole number from 0 to 65535, got "eighty"\n  - NEO4J_PASSWORD is required when NEO4J_URI is set\n',
    );
  });
});

describe('npm run seed', () => {
  const seed = (graphPath: string, files: string[] = []) =>
    promisify(execFile)(process.execPath, ['dist/src/ingest/seed-cli.js', ...files], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', GRAPH_PATH: graphPath },
    });

  it('loads the seeds, the history after the release, and loading again changes nothing; SEED_HISTORY=false loads the release alone', async () => {
    const graphPath = mkdtempSync(join(tmpdir(), 'graph-'));
    // Per bundle in load order: its file under seeds/, its name, its nodes, how many of them an earlier bundle already
    // wrote as it has them, its relationships and the programs its first load writes.
    const bundles: [string, string, number, number, number, number][] = [
      ['cellectar-clr-131-2017-11-07.json', 'cellectar-clr-131-2017-11-07', 33, 0, 82, 4],
      ['history/2016-12-01-cellectar-phase1-cohorts-1-2-results.json', 'history-2016-12-01-cellectar-phase1-cohorts-1-2-results', 13, 2, 27, 1],
      ['history/2017-02-27-smarteranalyst-phase1-cohort3-update.json', 'history-2017-02-27-smarteranalyst-phase1-cohort3-update', 22, 6, 43, 0],
      ['history/2017-10-06-myelomaresearchnews-phase1-final-cohort.json', 'history-2017-10-06-myelomaresearchnews-phase1-final-cohort', 17, 8, 29, 1],
      ['history/2017-10-24-cellectar-phase1-cohort5-split-dose.json', 'history-2017-10-24-cellectar-phase1-cohort5-split-dose', 17, 8, 26, 0],
      ['history/2017-11-08-rarecancernews-phase1-survival-update.json', 'history-2017-11-08-rarecancernews-phase1-survival-update', 8, 3, 10, 0],
      ['history/2018-05-02-seekingalpha-rpdd-neuroblastoma.json', 'history-2018-05-02-seekingalpha-rpdd-neuroblastoma', 7, 0, 13, 0],
      ['history/2018-06-06-maestro-rpdd-rhabdomyosarcoma.json', 'history-2018-06-06-maestro-rpdd-rhabdomyosarcoma', 13, 5, 21, 0],
      ['history/2018-07-18-cellectar-sec-ex99-dlbcl-interim.json', 'history-2018-07-18-cellectar-sec-ex99-dlbcl-interim', 12, 3, 24, 1],
      ['history/2018-07-19-patientworthy-wm-single-patient.json', 'history-2018-07-19-patientworthy-wm-single-patient', 9, 3, 14, 0],
      ['history/2018-08-13-hcplive-rpdd-ewing-sarcoma.json', 'history-2018-08-13-hcplive-rpdd-ewing-sarcoma', 11, 0, 23, 0],
      ['history/2018-11-12-cellectar-import-alert-exemption.json', 'history-2018-11-12-cellectar-import-alert-exemption', 11, 4, 18, 0],
      ['history/2019-02-02-healthtree-phase1-os-22-months.json', 'history-2019-02-02-healthtree-phase1-os-22-months', 3, 0, 5, 0],
      ['history/2019-07-09-cellectar-fast-track-dlbcl.json', 'history-2019-07-09-cellectar-fast-track-dlbcl', 14, 7, 25, 1],
      ['history/2019-12-16-oncologytimes-clover1-20-patients.json', 'history-2019-12-16-oncologytimes-clover1-20-patients', 18, 7, 34, 0],
      ['history/2020-02-28-myelomaresearchnews-clover1-phase2.json', 'history-2020-02-28-myelomaresearchnews-clover1-phase2', 18, 6, 30, 2],
      ['history/2020-03-25-healio-orphan-lpl.json', 'history-2020-03-25-healio-orphan-lpl', 3, 1, 6, 0],
      ['history/2020-04-09-ctgov-nct02278315.json', 'history-2020-04-09-ctgov-nct02278315', 17, 6, 27, 0],
      ['history/2020-05-26-cellectar-fast-track-lpl-wm.json', 'history-2020-05-26-cellectar-fast-track-lpl-wm', 9, 2, 20, 2],
      ['history/2023-02-22-meddatax-nct02278315-completed.json', 'history-2023-02-22-meddatax-nct02278315-completed', 11, 4, 17, 0],
      ['history/2023-05-17-ctgov-nct03478462-clover2.json', 'history-2023-05-17-ctgov-nct03478462-clover2', 15, 3, 35, 8],
      ['history/2024-05-29-cellectar-city-of-hope-mf.json', 'history-2024-05-29-cellectar-city-of-hope-mf', 6, 0, 12, 1],
      ['history/2025-11-13-cellectar-q3-2025-update.json', 'history-2025-11-13-cellectar-q3-2025-update', 17, 4, 35, 1],
      ['history/undated-4traders-snmmi-mm-data.json', 'history-undated-4traders-snmmi-mm-data', 25, 3, 64, 0],
      ['history/undated-apexonco-clover-wam-dataset.json', 'history-undated-apexonco-clover-wam-dataset', 16, 4, 35, 0],
      ['history/undated-ascopost-orphan-rhabdomyosarcoma.json', 'history-undated-ascopost-orphan-rhabdomyosarcoma', 4, 1, 6, 1],
      ['history/undated-ascopost-rpdd-osteosarcoma.json', 'history-undated-ascopost-rpdd-osteosarcoma', 14, 10, 23, 1],
      ['history/undated-cancernetwork-clover2-phgg.json', 'history-undated-cancernetwork-clover2-phgg', 15, 5, 33, 1],
      ['history/undated-cellectar-com-clover-wam-page.json', 'history-undated-cellectar-com-clover-wam-page', 26, 12, 56, 3],
      ['history/undated-cellectar-com-clover1-page.json', 'history-undated-cellectar-com-clover1-page', 14, 11, 30, 0],
      ['history/undated-ema-orphan-eu-3-19-2204-mm.json', 'history-undated-ema-orphan-eu-3-19-2204-mm', 4, 0, 7, 1],
      ['history/undated-madisonstartups-ec-orphan-wm.json', 'history-undated-madisonstartups-ec-orphan-wm', 9, 4, 15, 1],
      ['history/undated-marketscreener-ema-prime-wm.json', 'history-undated-marketscreener-ema-prime-wm', 17, 11, 30, 2],
      ['history/undated-myelomauk-phase1-mos-26-2.json', 'history-undated-myelomauk-phase1-mos-26-2', 6, 4, 6, 0],
      ['history/undated-stockwave-btd-wm.json', 'history-undated-stockwave-btd-wm', 16, 11, 31, 0],
      ['history/across-sources/01-readout-series.json', 'history-across-sources-readout-series', 5, 0, 27, 0],
      ['history/across-sources/02-disagreements.json', 'history-across-sources-disagreements', 25, 0, 270, 0],
    ];
    const line = ([file, name, nodes, unchanged, relationships, programs]: (typeof bundles)[number], again: boolean) =>
      `loading ${join(ROOT, 'seeds', ...file.split('/'))}\n${name}: ${again ? 0 : nodes - unchanged} node(s) written, ${again ? nodes : unchanged} unchanged, ` +
      `${relationships} relationship(s) merged, 0 removed; programs: ${again ? 0 : programs} written, 0 deleted\n`;
    expect((await seed(graphPath)).stdout).toBe(bundles.map((bundle) => line(bundle, false)).join(''));
    expect((await seed(graphPath)).stdout).toBe(bundles.map((bundle) => line(bundle, true)).join(''));
    const releaseOnly = await promisify(execFile)(process.execPath, ['dist/src/ingest/seed-cli.js'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', GRAPH_PATH: mkdtempSync(join(tmpdir(), 'graph-')), SEED_HISTORY: 'false' } });
    expect(releaseOnly.stdout).toBe(line(bundles[0]!, false));
  });

  it('loads a folder as its bundles in name order, each in its own transaction', async () => {
    const graphPath = mkdtempSync(join(tmpdir(), 'graph-'));
    const folder = mkdtempSync(join(tmpdir(), 'bundles-'));
    const source = { label: 'Source', id: 'folder-test-source', properties: { name: 'Folder test', kind: 'PRESS_RELEASE', title: 'Folder test', publishedOn: '2020-01-01' } };
    const companies = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({ label: 'Company', id: `folder-test-company-${from + index}`, properties: { name: `Company ${from + index}` }, citations: [{ source: source.id, locator: 'row' }] }));
    // The second bundle cites the source of the first; 4,500 companies need three statements of 2,000 rows.
    writeFileSync(join(folder, '01-base.json'), JSON.stringify({ bundle: 'base', nodes: [source, ...companies(0, 10)] }));
    writeFileSync(join(folder, '02-more.json'), JSON.stringify({ bundle: 'more', nodes: companies(10, 4500) }));
    writeFileSync(join(folder, 'notes.txt'), 'not a bundle');
    const { stdout } = await seed(graphPath, [folder]);
    expect(stdout).toBe(
      `loading ${join(folder, '01-base.json')}\nbase: 11 node(s) written, 0 unchanged, 10 relationship(s) merged, 0 removed; programs: 0 written, 0 deleted\nloading ${join(folder, '02-more.json')}\nmore: 4500 node(s) written, 0 unchanged, 4500 relationship(s) merged, 0 removed; programs: 0 written, 0 deleted\n`,
    );
  });

  it('refuses an invalid bundle with exit code 1, naming the record and field', async () => {
    const graphPath = mkdtempSync(join(tmpdir(), 'graph-'));
    const file = join(graphPath, 'bad.json');
    writeFileSync(file, JSON.stringify({ bundle: 'bad', nodes: [{ label: 'Cohort', id: 'c1', properties: { name: 'Cohort 1', ordinal: 'first' } }] }));
    const failure = await seed(graphPath, [file]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toBe(
      'bundle bad refused, nothing written:\n  - nodes[0] (Cohort c1) properties.ordinal: must be a whole number, got "first"\n  - nodes[0] (Cohort c1) citations: every fact needs at least one citation\n',
    );
  });
});
