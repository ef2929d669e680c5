import './workers.js';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { loadExplorerConfig } from './operations.js';
import { createExplorerStorage } from './storage.js';

const container = document.getElementById('explorer');
if (!container) throw new Error('index.html has no #explorer element');
const root = createRoot(container);

try {
  const { graphqlPath, operations } = await loadExplorerConfig(new URL('operations.json', import.meta.url));
  const fetcher = createGraphiQLFetcher({
    url: new URL(graphqlPath, window.location.href).href,
    enableIncrementalDelivery: false,
  });
  root.render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={operations.map(({ query }) => ({ query }))}
      storage={createExplorerStorage(operations)}
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>Oncology program graph</GraphiQL.Logo>
    </GraphiQL>,
  );
} catch (error) {
  root.render(
    <p className="explorer-error" role="alert">
      The explorer could not start: {error instanceof Error ? error.message : String(error)}
    </p>,
  );
}
