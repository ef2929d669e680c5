// Bundles the GraphiQL explorer (src/explorer/) and the compounds' timeline page (src/explorer/timeline/, Observable
// Plot bundled in) into dist/explorer/ with esbuild:
// the Monaco workers first, then the app, which learns the workers' hashed names, then the timeline and its page,
// then index.html, which names the app's hashed script and stylesheet.
// Skips when index.html is newer than every input. Run by `npm run build`.
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'src/explorer');
const outDir = path.join(root, 'dist/explorer');
const outIndex = path.join(outDir, 'index.html');
const inputs = [sourceDir, fileURLToPath(import.meta.url), path.join(root, 'package-lock.json')];

const workerEntries = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

const shared = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  target: 'es2022',
  entryNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
};

async function build() {
  const esbuild = await import('esbuild').catch((error) => {
    throw new Error(`cannot load esbuild (${error.message}); run \`npm install\`, dev dependencies included`);
  });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const workers = await esbuild.build({
    ...shared,
    entryPoints: Object.fromEntries(
      Object.entries(workerEntries).map(([label, specifier]) => [`${label}.worker`, resolvePackageFile(specifier)]),
    ),
    format: 'iife',
    outdir: outDir,
  });
  const workerFiles = Object.fromEntries(
    Object.keys(workerEntries).map((label) => [label, outputFor(workers.metafile, workerEntries[label])]),
  );

  const app = await esbuild.build({
    ...shared,
    entryPoints: { app: path.join(sourceDir, 'main.tsx') },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    jsx: 'automatic',
    define: { ...shared.define, EXPLORER_WORKERS: JSON.stringify(workerFiles) },
    plugins: [skipMonacoCss],
    outdir: outDir,
  });
  const [script, entry] = Object.entries(app.metafile.outputs).find(([, output]) => output.entryPoint?.endsWith('main.tsx')) ?? [];
  if (!script || !entry?.cssBundle) throw new Error('esbuild produced no app script and stylesheet');

  // The timeline page: its own script and stylesheet (Observable Plot bundled in), and its page.
  const timeline = await esbuild.build({ ...shared, entryPoints: { timeline: path.join(sourceDir, 'timeline', 'main.ts') }, format: 'esm', outdir: outDir });
  const [timelineScript, timelineEntry] = Object.entries(timeline.metafile.outputs).find(([, output]) => output.entryPoint?.endsWith('main.ts')) ?? [];
  if (!timelineScript || !timelineEntry?.cssBundle) throw new Error('esbuild produced no timeline script and stylesheet');
  const timelineTemplate = await readFile(path.join(sourceDir, 'timeline', 'timeline.html'), 'utf8');
  await writeFile(path.join(outDir, 'timeline.html'), timelineTemplate.replace('%SCRIPT%', path.basename(timelineScript)).replace('%STYLESHEET%', path.basename(timelineEntry.cssBundle)));

  const template = await readFile(path.join(sourceDir, 'index.html'), 'utf8');
  const html = template
    .replace('%SCRIPT%', path.basename(script))
    .replace('%STYLESHEET%', path.basename(entry.cssBundle));
  // Written last: its mtime marks a complete build for the up-to-date check.
  await writeFile(outIndex, html);
}

// graphiql/style.css already holds Monaco's styles (with the codicon font inlined),
// so the CSS files that Monaco's modules import would only be loaded twice.
const skipMonacoCss = {
  name: 'skip-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, ({ importer }) =>
      importer.includes(`${path.sep}node_modules${path.sep}monaco-editor${path.sep}`)
        ? { path: importer, namespace: 'skip-monaco-css' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'skip-monaco-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

function resolvePackageFile(specifier) {
  return fileURLToPath(import.meta.resolve(specifier));
}

function outputFor(metafile, specifier) {
  const entryPoint = path.relative(root, resolvePackageFile(specifier)).split(path.sep).join('/');
  const output = Object.keys(metafile.outputs).find((file) => metafile.outputs[file].entryPoint === entryPoint);
  if (!output) throw new Error(`esbuild produced no bundle for ${specifier}`);
  return path.basename(output);
}

async function mtimeOf(file) {
  return (await stat(file).catch(() => undefined))?.mtimeMs ?? 0;
}

async function newestMtime(paths) {
  let newest = 0;
  for (const entry of paths) {
    const info = await stat(entry);
    newest = Math.max(
      newest,
      info.isDirectory() ? await newestMtime((await readdir(entry)).map((name) => path.join(entry, name))) : info.mtimeMs,
    );
  }
  return newest;
}

async function sizeOf(dir) {
  const files = await readdir(dir);
  let total = 0;
  for (const file of files) total += (await stat(path.join(dir, file))).size;
  return `${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MiB`;
}

try {
  const started = performance.now();
  if ((await newestMtime(inputs)) < (await mtimeOf(outIndex))) {
    console.log('explorer: up to date (dist/explorer)');
  } else {
    await build();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`explorer: built dist/explorer in ${seconds} s (${await sizeOf(outDir)})`);
  }
} catch (error) {
  console.error(`explorer: build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
