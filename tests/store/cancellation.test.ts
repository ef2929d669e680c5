import { afterEach, describe, expect, it } from 'vitest';
import { CancelledError, Executor, type StatementEvent } from '../../src/store/index.js';
import { ENGINES, freshStore } from '../support/engines.js';
import { calibrate, slowStatement } from '../support/slow.js';

const slow = slowStatement;

function bounds(timeoutMs: number) {
  const controller = new AbortController();
  const deadline = Date.now() + timeoutMs;
  const timer = setTimeout(() => controller.abort(new CancelledError('deadline', 'test deadline')), timeoutMs);
  return { controller, bounds: { signal: controller.signal, deadline }, clear: () => clearTimeout(timer) };
}

describe.each(ENGINES)('cancelling work on the %s engine', (engine) => {
  let executor: Executor | undefined;

  afterEach(async () => {
    await executor?.close();
    executor = undefined;
  });

  it('rejects a statement that outlasts the deadline at the deadline, and starts nothing after it', async () => {
    executor = await freshStore(engine);
    const { n, ms: fullMs } = await calibrate(executor);
    expect(await executor.read(slow(7_000))).toEqual([{ multiples: 1000 }]);
    const events: StatementEvent[] = [];
    executor.observe((event) => events.push(event));

    const { bounds: limits, clear } = bounds(50);
    const bounded = executor.bounded(limits);
    const started = performance.now();
    const work = bounded.transaction('READ', async (run) => {
      await run(slow(n));
      await run({ name: 'test/after', text: 'RETURN 1 AS one', params: {} });
    });
    await expect(work).rejects.toBeInstanceOf(CancelledError);
    const waitedMs = performance.now() - started;
    clear();
    expect(waitedMs).toBeLessThan(Math.min(fullMs / 2, 1000));
    // The work after the deadline never starts, on the same executor or later ones of the request.
    await expect(bounded.read({ name: 'test/later', text: 'RETURN 1 AS one', params: {} })).rejects.toMatchObject({ reason: 'deadline' });
    await new Promise((resolve) => setTimeout(resolve, fullMs * 2 + 200));
    expect(events.map((event) => event.name)).not.toContain('test/after');
    expect(events.map((event) => event.name)).not.toContain('test/later');
    // The unbounded executor is unaffected.
    expect(await executor.read({ name: 'test/ok', text: 'RETURN 1 AS one', params: {} })).toEqual([{ one: 1 }]);
  }, 30_000);

  it('refuses at once when the signal is already aborted or the deadline has passed', async () => {
    executor = await freshStore(engine);
    const controller = new AbortController();
    controller.abort(new CancelledError('disconnected', 'client gone'));
    await expect(executor.bounded({ signal: controller.signal, deadline: Date.now() + 60_000 }).read(slow(10))).rejects.toMatchObject({ reason: 'disconnected' });
    await expect(executor.bounded({ signal: new AbortController().signal, deadline: Date.now() - 1 }).read(slow(10))).rejects.toMatchObject({ reason: 'deadline' });
  });

  it('rolls back a write whose last statement was running when the work was stopped', async () => {
    executor = await freshStore(engine);
    const { n } = await calibrate(executor);
    const controller = new AbortController();
    const write = executor.bounded({ signal: controller.signal }).transaction('WRITE', (run) =>
      run({ name: 'test/slow-write', text: 'UNWIND range(1, $n) AS i WITH i WHERE i % 7 = 0 WITH count(i) AS multiples CREATE (:Company {id: "probe", name: "Probe", multiples: multiples}) RETURN multiples', params: { n } }),
    );
    setTimeout(() => controller.abort(new CancelledError('shutdown', 'test stop')), 50);
    await expect(write).rejects.toMatchObject({ reason: 'shutdown' });
    // Closing waits for the write to end; a fresh read on the same store then finds nothing of it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect.poll(async () => (await executor!.read({ name: 'test/probe', text: 'MATCH (c:Company {id: "probe"}) RETURN count(c) AS probes', params: {} }))[0]?.probes, { timeout: 20_000, interval: 100 }).toBe(0);
    await executor.write({ name: 'test/after', text: 'CREATE (:Company {id: "after", name: "After"})', params: {} });
    expect((await executor.read({ name: 'test/probe', text: 'MATCH (c:Company) RETURN c.id AS id', params: {} })).map((row) => row.id)).toEqual(['after']);
  }, 30_000);
});

describe('the embedded engine cannot stop a running statement', () => {
  it('runs an abandoned statement to its end: the statement still reports, after the caller gave up', async () => {
    const executor = await freshStore('embedded');
    try {
      const { n } = await calibrate(executor);
      const events: StatementEvent[] = [];
      executor.observe((event) => events.push(event));
      const { bounds: limits, clear } = bounds(30);
      const started = performance.now();
      await expect(executor.bounded(limits).read(slow(n))).rejects.toBeInstanceOf(CancelledError);
      const gaveUpMs = performance.now() - started;
      clear();
      expect(events).toEqual([]);
      // Grafeo has no cancel: the statement finishes on its worker thread and is reported then, long after.
      await expect.poll(() => events.length, { timeout: 20_000, interval: 50 }).toBe(1);
      expect(events[0]).toMatchObject({ name: 'test/slow', rows: 1 });
      expect(events[0]!.ms).toBeGreaterThan(gaveUpMs * 2);
    } finally {
      await executor.close();
    }
  }, 30_000);
});
