import type { Executor, Statement } from '../../src/store/index.js';

/** A statement that does real work on either engine, on any data, for a time that grows with `n`. */
export function slowStatement(n: number): Statement {
  return { name: 'test/slow', text: 'UNWIND range(1, $n) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS multiples', params: { n } };
}

/** Given an executor, returns the `n` of the slow statement that takes at least `ms` here (400 by default), and how long it took. */
export async function calibrate(executor: Executor, ms = 400): Promise<{ n: number; ms: number }> {
  for (let n = 1_000_000; ; n *= 2) {
    const started = performance.now();
    await executor.read(slowStatement(n));
    const took = performance.now() - started;
    if (took >= ms || n >= 256_000_000) return { n, ms: took };
  }
}
