// The concurrency limits (src/util/limit.ts) a draft's sections, a revision's rewrites, the judge's
// files and its chats run under: never more than the limit at once, work started in the order given, and
// nothing started after the signal stops it. Tasks finish when the test says so, never on a timer.
import { describe, expect, it } from "vitest";
import { createLimiter, forEachLimited, limitedQueue, workerCount } from "../../src/util/limit.js";

/** Tasks that finish one by one when the test calls finish(n); `started` and `running` say what runs. */
function gate() {
  const finishers = new Map<number, () => void>();
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const task = async (n: number) => {
    started.push(n);
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => finishers.set(n, resolve));
    running--;
  };
  /** Lets task n finish, then lets the limiter start whatever comes next. */
  const finish = async (n: number) => {
    finishers.get(n)!();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { task, finish, started, most: () => most };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe("forEachLimited", () => {
  it("starts at most the limit, in the items' order, the next as soon as one is done", async () => {
    const g = gate();
    const done = forEachLimited([0, 1, 2, 3, 4], 2, g.task);
    await settle();
    expect(g.started).toEqual([0, 1]);
    await g.finish(1);
    expect(g.started).toEqual([0, 1, 2]);
    await g.finish(0);
    expect(g.started).toEqual([0, 1, 2, 3]);
    for (const n of [2, 3, 4]) await g.finish(n);
    await done;
    expect(g.started).toEqual([0, 1, 2, 3, 4]);
    expect(g.most()).toBe(2);
  });

  it("starts nothing more once the signal is aborted, and waits for what runs", async () => {
    const g = gate();
    const controller = new AbortController();
    let finished = false;
    const done = forEachLimited([0, 1, 2, 3], 2, g.task, controller.signal).then(() => (finished = true));
    await settle();
    controller.abort();
    await g.finish(0);
    expect(finished).toBe(false);
    await g.finish(1);
    await done;
    expect(g.started).toEqual([0, 1]);
  });

  it("rejects with the first failure", async () => {
    const run = forEachLimited([1, 2, 3], 3, async (n) => {
      if (n >= 2) throw new Error(`failed ${n}`);
    });
    await expect(run).rejects.toThrow("failed 2");
  });

  it("runs every item of an empty or a short list, with at least one worker", async () => {
    const seen: number[] = [];
    await forEachLimited([], 4, async (n: number) => void seen.push(n));
    await forEachLimited([7, 8], 0, async (n) => void seen.push(n));
    expect(seen).toEqual([7, 8]);
    expect([workerCount(0, 5), workerCount(3, 5), workerCount(9, 5), workerCount(4, 0), workerCount(NaN, 5), workerCount(2.5, 5)]).toEqual([1, 3, 5, 1, 1, 2]);
  });
});

describe("limitedQueue", () => {
  it("runs items as they arrive, at most the limit at once, in the order they came", async () => {
    const g = gate();
    const queue = limitedQueue(2, g.task);
    queue.add(0);
    await settle();
    expect(g.started).toEqual([0]);
    queue.add(1);
    queue.add(2);
    await settle();
    expect(g.started).toEqual([0, 1]);
    await g.finish(0);
    expect(g.started).toEqual([0, 1, 2]);
    // Idle workers wait for no one: an item added after the others are done starts at once.
    await g.finish(1);
    await g.finish(2);
    queue.add(3);
    await settle();
    expect(g.started).toEqual([0, 1, 2, 3]);
    expect(g.most()).toBe(2);
    let finished = false;
    const done = queue.done.then(() => (finished = true));
    await g.finish(3);
    // Not done until closed: more may come.
    expect(finished).toBe(false);
    queue.close();
    await done;
  });

  it("starts nothing once the signal is aborted, and is done when what runs is done", async () => {
    const g = gate();
    const controller = new AbortController();
    const queue = limitedQueue(1, g.task, controller.signal);
    queue.add(0);
    queue.add(1);
    await settle();
    controller.abort();
    queue.add(2);
    queue.close();
    await g.finish(0);
    await queue.done;
    expect(g.started).toEqual([0]);
  });

  it("rejects with the first failure, though nobody was waiting yet", async () => {
    const queue = limitedQueue(2, async (n: number) => {
      throw new Error(`failed ${n}`);
    });
    queue.add(1);
    await settle();
    queue.add(2);
    await expect(queue.done).rejects.toThrow("failed 1");
  });
});

describe("createLimiter", () => {
  it("runs at most N tasks at once, the others in the order they came, and gives back each result", async () => {
    const g = gate();
    const limit = createLimiter(2);
    const results = Promise.all([0, 1, 2, 3, 4].map((n) => limit(async () => (await g.task(n), n * 10))));
    await settle();
    expect(g.started).toEqual([0, 1]);
    await g.finish(1);
    expect(g.started).toEqual([0, 1, 2]);
    for (const n of [0, 2, 3, 4]) await g.finish(n);
    expect(await results).toEqual([0, 10, 20, 30, 40]);
    expect(g.started).toEqual([0, 1, 2, 3, 4]);
    expect(g.most()).toBe(2);
  });

  it("hands the slot of a failed task to the next one", async () => {
    const limit = createLimiter(1);
    const failed = limit(async () => {
      throw new Error("no");
    });
    const next = limit(async () => "yes");
    await expect(failed).rejects.toThrow("no");
    expect(await next).toBe("yes");
  });
});

describe("a limit that is no whole number of at least one", () => {
  it("runs one task at a time for 0 or NaN, as forEachLimited does", async () => {
    for (const limit of [0, -1, NaN]) {
      const ran: number[] = [];
      const run = createLimiter(limit);
      await Promise.all([1, 2].map((n) => run(async () => void ran.push(n))));
      expect(ran).toEqual([1, 2]);
      const items: number[] = [];
      await forEachLimited([1, 2, 3], limit, async (n) => void items.push(n));
      expect(items).toEqual([1, 2, 3]);
    }
  });
});
