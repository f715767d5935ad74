// How many model requests (or files) run at once. A known list (a draft's sections, a revision
// round's rewrites: forEachLimited) is worked through by a few workers (limitedQueue, which can also
// be fed one item at a time); calls that come one by one share a limit through createLimiter (the
// judge's files as they are scored, and its chats). All start work in the order it was given.

/**
 * Runs `task` over `items`, at most `limit` at once, each started in the items' order as soon as
 * an earlier one is done. None is started once `signal` is aborted. Resolves when every started
 * task is done; the first rejection rejects at once, while the tasks already started run on (a
 * caller that wants them stopped aborts what they listen to).
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const queue = limitedQueue(limit, task, signal);
  for (const item of items) queue.add(item);
  queue.close();
  await queue.done;
}

/** Work that arrives one by one, run as forEachLimited runs a list (see limitedQueue). */
export interface LimitedQueue<T> {
  /** Queues an item; it starts once fewer than the limit are running and the earlier ones have started. */
  add(item: T): void;
  /** No more items will come: `done` can resolve once the started ones are done. */
  close(): void;
  /** Resolves when the queue is closed and every started task is done; the first rejection rejects at once. */
  readonly done: Promise<void>;
}

/**
 * forEachLimited for items that arrive one by one: at most
 * `limit` tasks at once, each started in the order it was added, none once `signal` is aborted.
 */
export function limitedQueue<T>(given: number, task: (item: T, index: number) => Promise<void>, signal?: AbortSignal): LimitedQueue<T> {
  const limit = atLeastOne(given);
  const waiting: { item: T; index: number }[] = [];
  let added = 0;
  let workers = 0;
  let closed = false;
  let resolveDone: () => void = () => undefined;
  let rejectDone: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  // Nobody may be waiting yet when a task fails; whoever awaits `done` still gets the rejection.
  done.catch(() => undefined);
  const settleIfIdle = () => {
    if (closed && workers === 0) resolveDone();
  };
  // A worker takes the next item until none is waiting; a new one starts when an item comes and
  // fewer than the limit are working.
  const work = async () => {
    workers++;
    try {
      while (waiting.length > 0 && !signal?.aborted) {
        const next = waiting.shift()!;
        await task(next.item, next.index);
      }
    } catch (error) {
      rejectDone(error);
    } finally {
      workers--;
      settleIfIdle();
    }
  };
  return {
    add(item) {
      waiting.push({ item, index: added++ });
      if (workers < limit && !signal?.aborted) void work();
    },
    close() {
      closed = true;
      settleIfIdle();
    },
    done,
  };
}

/** A limit as a whole number of at least one: 0, a negative number or NaN mean one at a time. */
const atLeastOne = (limit: number): number => (Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : limit === Infinity ? Infinity : 1);

/** The workers forEachLimited runs: `limit`, never fewer than one, never more than the items. */
export function workerCount(limit: number, items: number): number {
  return Math.max(1, Math.min(atLeastOne(limit), items));
}

/** A function that runs the task it is given once fewer than its limit are running. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs at most `limit` tasks at once, the others in the order they came. */
export function createLimiter(given: number): Limiter {
  const limit = atLeastOne(given);
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < limit) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // A finished task hands its slot straight to the next waiting one, so no newcomer slips in.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
