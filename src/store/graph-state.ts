import type { CypherCatalog } from './cypher-catalog.js';
import type { Executor } from './executor.js';
import { LabelSizes } from './label-sizes.js';

/** A bundle the store has loaded: its name and description, when it was loaded first and last, and its node records. */
export interface BundleRecord {
  name: string;
  description: string | null;
  firstLoadedAt: string;
  lastLoadedAt: string;
  nodes: number;
}

/** How long a read of the data version that failed after a commit waits before it is tried again. */
const RETRY_MS = 1000;

/**
 * What a server knows of the data it serves without asking the store: the data version and the id and time of the
 * last load (every load sets them, cypher/data/record-load), and each label's size, counted again whenever the load
 * id moves. Until the state is read again after a write committed through the executor, after the load id was seen
 * to move, or after a read failed, it is stale: nothing keyed by the old load is used meanwhile.
 */
export class GraphState {
  readonly sizes = new LabelSizes();
  private known: { version: number; loadId: string | null; loadedAt: string | null; bundles: BundleRecord[] } | undefined;
  private stale = true;
  private commits = 0;
  private reading: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;

  /** Given the executor, the Cypher catalog and where a failed read after a commit is reported (it is retried). */
  constructor(
    private readonly executor: Executor,
    private readonly catalog: CypherCatalog,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    executor.onCommit(() => {
      this.commits += 1;
      this.stale = true;
      this.refreshInBackground();
    });
  }

  /** The id of the last load (`none` before the first), or undefined while the state is stale. */
  get dataKey(): string | undefined {
    return this.stale ? undefined : (this.known?.loadId ?? 'none');
  }

  /** The data version: how many loads the store has taken (0 before the first, and before it was read). */
  get version(): number {
    return this.known?.version ?? 0;
  }

  /** The random id of the last load (a counter can start again; this never comes back), or null before the first. */
  get loadId(): string | null {
    return this.known?.loadId ?? null;
  }

  /** When data was last loaded (ISO 8601), or null. */
  get loadedAt(): string | null {
    return this.known?.loadedAt ?? null;
  }

  /** The bundles loaded, the most recently loaded first, as read with the data version. */
  get bundles(): readonly BundleRecord[] {
    return this.known?.bundles ?? [];
  }

  /**
   * Reads the data version (one lookup by indexed id) and, when the load id moved or was never read, counts the
   * labels and reads the bundles loaded again; reads again when a write commits meanwhile. Calls made while a read is under way share it. A
   * failed read leaves the state stale.
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
      } catch (error) {
        this.stale = true;
        throw error;
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  /** Stops retrying a failed read. */
  stop(): void {
    clearTimeout(this.retry);
  }

  private refreshInBackground(): void {
    clearTimeout(this.retry);
    this.refresh().catch((error: Error) => {
      this.onError(error);
      this.retry = setTimeout(() => this.refreshInBackground(), RETRY_MS).unref();
    });
  }

  private async read(): Promise<void> {
    const name = 'data/find-data-version';
    const [row] = await this.executor.read({ name, text: this.catalog.get(name), params: {} });
    const loadId = typeof row?.loadId === 'string' ? row.loadId : null;
    if (this.known && this.known.loadId === loadId) return;
    // Seen to move: stale until the labels are counted again.
    this.stale = true;
    await this.sizes.count(this.executor);
    const bundles = await this.executor.read({ name: 'data/list-bundles', text: this.catalog.get('data/list-bundles'), params: {} });
    this.known = {
      version: Number(row?.version ?? 0),
      loadId,
      loadedAt: typeof row?.loadedAt === 'string' ? row.loadedAt : null,
      bundles: bundles.map((bundle) => ({
        name: String(bundle.name),
        description: typeof bundle.description === 'string' ? bundle.description : null,
        firstLoadedAt: String(bundle.firstLoadedAt),
        lastLoadedAt: String(bundle.lastLoadedAt),
        nodes: Number(bundle.nodes ?? 0),
      })),
    };
  }
}
