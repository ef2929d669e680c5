import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../config.js';
import type { OperationCost } from '../graphql/cost.js';

/** A client's budget after a request: what the `X-RateLimit-*` headers and `extensions.rateLimit` show. */
export interface BudgetState {
  limit: number;
  remaining: number;
  /** Epoch milliseconds when the window ends and the budget is full again. */
  resetAt: number;
  /** Points this request spent. */
  cost: number;
  /** Points this request was priced at; a refused request spends one of them. */
  price: number;
  /** The request was refused for lack of budget. */
  limited: boolean;
}

/**
 * Given a request's worst-case nodes and rows read (null for an operation that reads only the schema) and its tokens,
 * returns the points it costs, by what it spends most of: one per hundred nodes, one per thousand rows the store
 * reads (about a millisecond of its time), one per two hundred tokens (validating a long document takes time too),
 * at least one.
 */
export function pointsFor(cost: OperationCost | null, tokens: number): number {
  return Math.max(1, Math.ceil((cost?.nodes ?? 0) / 100), Math.ceil((cost?.rows ?? 0) / 1000), Math.ceil(tokens / 200));
}

/**
 * The cost budget of every client per window, in memory (one instance) or in Redis (shared by every instance) when
 * a URL is given. When Redis cannot be reached, an in-memory budget stands in rather than refusing everyone.
 */
export class Budget {
  private readonly limiter: RateLimiterMemory | RateLimiterRedis;
  private readonly redis: Redis | undefined;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly log: (message: string) => void,
  ) {
    const options = { points: settings.points, duration: settings.windowSeconds, keyPrefix: 'opg-budget' };
    if (settings.redisUrl) {
      // No offline queue: while Redis is away, a request falls through to the in-memory stand-in at once.
      this.redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on('error', (error: Error) => this.log(`rate-limit Redis: ${error.message}`));
      this.limiter = new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) });
    } else {
      this.limiter = new RateLimiterMemory(options);
    }
  }

  /** Resolves once the budget store answers (Redis connected), or after `ms` when it does not. */
  async ready(ms = 2000): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private state(result: RateLimiterRes, cost: number, price: number, limited: boolean): BudgetState {
    return {
      limit: this.settings.points,
      remaining: Math.max(0, result.remainingPoints),
      resetAt: Date.now() + result.msBeforeNext,
      cost,
      price,
      limited,
    };
  }

  /** Given a client key, returns its budget without spending any, and whether it is already spent. */
  async peek(client: string): Promise<BudgetState> {
    const result = await this.limiter.get(client);
    if (!result) return { limit: this.settings.points, remaining: this.settings.points, resetAt: Date.now() + this.settings.windowSeconds * 1000, cost: 0, price: 1, limited: false };
    return this.state(result, 0, 1, result.consumedPoints >= this.settings.points);
  }

  /**
   * Given a client key and a price in points, spends it; when the budget cannot pay, reports the client limited and
   * spends one point only, so a cheaper request still fits what is left but refusals are never free.
   */
  async charge(client: string, price: number): Promise<BudgetState> {
    try {
      return this.state(await this.limiter.consume(client, price), price, price, false);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const after = price > 1 ? await this.limiter.reward(client, price - 1) : rejection;
        return this.state(after, 1, price, true);
      }
      throw rejection;
    }
  }

  /** Closes the Redis connection, if any. */
  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
