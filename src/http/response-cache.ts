import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { type HttpContext, operationKey } from './guard.js';
import type { Metrics } from './observability.js';

/**
 * Given the most bytes to keep (counted as the answers' JSON), the key of the data being served (undefined while it
 * is being read again) and metrics, returns the Apollo plugin that answers a query again from memory: the same text,
 * operation and declared variables over the same data get the same data, since nothing in an answer depends on who
 * asks. Only complete answers are kept (no error, a deadline's partial answer included), least recently used first
 * out, each at most a sixteenth of the whole, and only when the data did not move while they were computed; all are
 * dropped when it moves. The guard has priced and charged the request before this runs, and adds its own extensions
 * and headers to the answer after. The data key moves with every load: at once for a load through this process,
 * within the version check's period (a second on Neo4j) for one by another process, which is how long an answer may
 * outlive the data it was computed from.
 */
export function responseCachePlugin(maxBytes: number, dataKey: () => string | undefined, metrics: Metrics): ApolloServerPlugin<HttpContext> {
  const answers = new LRUCache<string, { data: Record<string, unknown> }>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 16)),
    sizeCalculation: (answer, key) => key.length + JSON.stringify(answer.data).length,
  });
  let keptFor: string | undefined;
  return {
    async requestDidStart({ contextValue }): Promise<GraphQLRequestListener<HttpContext>> {
      let missed: { key: string; data: string } | undefined;
      return {
        async responseForOperation({ source, operation, operationName, request }) {
          const data = dataKey();
          // Unknown while the data is being read again: nothing is looked up or kept meanwhile.
          if (operation.operation !== 'query' || data === undefined) return null;
          if (data !== keptFor) {
            answers.clear();
            keptFor = data;
          }
          const key = operationKey(source, operation, operationName, request.variables);
          const hit = answers.get(key);
          metrics.responseCache(hit ? 'hit' : 'miss');
          if (!hit) {
            missed = { key, data };
            return null;
          }
          contextValue.request.cached = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: hit.data } } };
        },
        async willSendResponse({ response }) {
          // An answer with warnings is not kept: they belong to the answer, not to the data.
          if (missed === undefined || missed.data !== dataKey() || contextValue.warnings.length || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          answers.set(missed.key, { data });
        },
      };
    },
  };
}
