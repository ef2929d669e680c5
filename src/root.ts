import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Given a directory, returns the nearest one at or above it holding package.json. */
function packageRoot(start: string): string {
  let directory = start;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`no package.json above ${start}`);
    directory = parent;
  }
  return directory;
}

/** The repository root (from `src/` or `dist/src/` alike): where `cypher/`, `seeds/`, `schema/` and `dist/explorer/` are. */
export const ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));
