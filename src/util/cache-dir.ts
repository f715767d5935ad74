// Where grantsmith keeps what it caches (model responses, and V8's code cache of the program).
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * $XDG_CACHE_HOME/grantsmith (~/.cache/grantsmith when unset). GRANTSMITH_CACHE=none turns the
 * cache off; any other value of it is used as the folder.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.GRANTSMITH_CACHE?.trim();
  if (setting === "none") return undefined;
  if (setting) return setting;
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(base, "grantsmith");
}

/**
 * The folder inside the cache where grantsmith 0.1 kept validated copies of the built-in rubrics.
 * They are compiled at build time now; `grantsmith cache clear` still removes the old folder.
 */
export function oldRubricCacheIn(cache: string): string {
  return join(cache, "rubrics");
}

/** The folder inside the cache with V8's code cache of the program (src/util/code-cache.ts). */
export function codeCacheIn(cache: string): string {
  return join(cache, "code");
}
