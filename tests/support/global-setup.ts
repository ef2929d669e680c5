import { execFileSync } from 'node:child_process';

/** Builds the explorer bundle once before the suite (fast when up to date): the HTTP server serves it. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-explorer.mjs'], { stdio: 'inherit' });
}
