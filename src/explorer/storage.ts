import { createLocalStorage, type Storage } from '@graphiql/toolkit';
import type { ExplorerOperation } from './operations.js';

const NAMESPACE = 'oncology-explorer';
const EXAMPLES_KEY = 'examples';
// GraphiQL prefixes its own keys with "graphiql:" inside whatever storage it is given.
const TABS_KEY = 'graphiql:tabState';

/**
 * Given the example operations, returns GraphiQL storage in the explorer's own localStorage
 * namespace that forgets the saved tabs whenever the examples change, so new examples always show.
 */
export function createExplorerStorage(operations: ExplorerOperation[]): Storage {
  const storage = createLocalStorage({ namespace: NAMESPACE });
  const fingerprint = fingerprintOf(JSON.stringify(operations));
  if (storage.getItem(EXAMPLES_KEY) !== fingerprint) {
    storage.removeItem(TABS_KEY);
    storage.setItem(EXAMPLES_KEY, fingerprint);
  }
  return storage;
}

// FNV-1a: enough to tell one set of examples from another, and synchronous
// (crypto.subtle is missing on plain-HTTP origins other than localhost).
function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}
