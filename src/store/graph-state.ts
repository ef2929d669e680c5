import type { CypherCatalog } from './cypher-catalog.js';
import type { Executor } from './executor.js';
import { LabelSizes } from './label-sizes.js';

/**
 * What a server knows of the data it serves without asking the store: the data version (every load moves it,
 * cypher/data/record-load), when it was last loaded, and each label's size, counted again whenever the version moves.
 * A write committed through the executor makes the version unknown at once, until it has been read again: nothing
 * keyed by the old version is used meanwhile.
 */
export class GraphState {
  readonly sizes = new LabelSizes();
  private known: { version: number; loadedAt: string | null } | undefined;
  private stale = true;
  private commits = 0;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly executor: Executor,
    private readonly catalog: CypherCatalog,
  ) {
    executor.onCommit(() => {
      this.commits += 1;
      this.stale = true;
      this.refresh().catch(() => undefined);
    });
  }

  /** The data version (0 before the first load), or undefined while it is being read after a write. */
  get version(): number | undefined {
    return this.stale ? undefined : this.known?.version;
  }

  /** When data was last loaded (ISO 8601), or null. */
  get loadedAt(): string | null {
    return this.known?.loadedAt ?? null;
  }

  /**
   * Reads the data version (one lookup by indexed id) and, when it moved or was never read, counts the labels again;
   * reads again when a write commits meanwhile. Calls made while a read is under way share it.
   */
  refresh(): Promise<void> {
    this.reading ??= (async () => {
      try {
        for (;;) {
          const commits = this.commits;
          await this.read();
          if (commits === this.commits) break;
        }
        this.stale = false;
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private async read(): Promise<void> {
    const name = 'data/find-data-version';
    const [row] = await this.executor.read({ name, text: this.catalog.get(name), params: {} });
    const version = Number(row?.version ?? 0);
    if (this.known?.version === version) return;
    await this.sizes.count(this.executor);
    this.known = { version, loadedAt: typeof row?.loadedAt === 'string' ? row.loadedAt : null };
  }
}
