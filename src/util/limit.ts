// How many model requests (or files) run at once. Two shapes of the same limit: a known list worked
// through by a few workers (a draft's sections, a revision round's rewrites), and tasks that arrive
// one by one (the judge's chats, a batch's files). Both start work in the order it was given.

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
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: workerCount(limit, items.length) }, worker));
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
