import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Builds what `npm start` builds (the server into dist/, the explorer bundle) once before the suite; fast when up to date. */
export default function setup(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-explorer.mjs'], { stdio: 'inherit' });
}
