/** One example operation, opened as a tab. */
export interface ExplorerOperation {
  name: string;
  query: string;
}

/** What the API serves at /explorer/operations.json. */
export interface ExplorerConfig {
  graphqlPath: string;
  operations: ExplorerOperation[];
}

/** Given the URL of operations.json, returns the GraphQL path and the example operations, or throws saying what was wrong. */
export async function loadExplorerConfig(url: URL): Promise<ExplorerConfig> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET ${url.pathname} answered ${response.status} ${response.statusText}`);
  }
  const body: unknown = await response.json();
  if (!isExplorerConfig(body)) {
    throw new Error(`${url.pathname} is not { graphqlPath, operations: [{ name, query }] }`);
  }
  return body;
}

function isExplorerConfig(value: unknown): value is ExplorerConfig {
  if (typeof value !== 'object' || value === null) return false;
  const { graphqlPath, operations } = value as Record<string, unknown>;
  return typeof graphqlPath === 'string' && Array.isArray(operations) && operations.every(isOperation);
}

function isOperation(value: unknown): value is ExplorerOperation {
  if (typeof value !== 'object' || value === null) return false;
  const { name, query } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof query === 'string';
}
