// The program from V8's code cache: bin/grantsmith.js asks here once --version and --help are ruled
// out (src/quick.ts). The build writes the whole CLI once more as one CommonJS script,
// dist/bundle/main.cjs, which src/util/code-cache.ts runs with the cache file of the command; the
// ES module bundle (dist/bundle/cli.js, commands.js) runs the same code without a cache.
import { readFileSync } from "node:fs";
import type { CommandActions } from "./cli.js";
import { COMMAND_NAMES } from "./commands/names.js";
import { cacheDir } from "./util/cache-dir.js";
import { codeCacheFile, runWithCodeCache, type CachedScript } from "./util/code-cache.js";
import { packagePath } from "./util/paths.js";

/** import() for main.cjs (its `__import`): of a package, a node: built-in or a file URL. */
const importFromHere = (specifier: string): Promise<unknown> => import(specifier);

/** What dist/bundle/main.cjs exports: bin/grantsmith.js runs `main(argv, commandActions)`. */
export interface MainModule {
  main(argv: string[], actions: CommandActions): Promise<number>;
  commandActions: CommandActions;
}

/**
 * The program loaded from dist/bundle/main.cjs with V8's code cache of this command (one file per
 * command in the cache folder); undefined when the cache is off (GRANTSMITH_CACHE=none), the build
 * has no such script, or the command is `cache`: then the caller imports the ES module bundle.
 */
export function cachedMain(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CachedScript<MainModule> | undefined {
  const cache = cacheDir(env);
  if (cache === undefined) return undefined;
  let buildId: string;
  try {
    buildId = readFileSync(packagePath("dist/bundle/main.id"), "utf8").trim();
  } catch {
    return undefined;
  }
  if (!/^[0-9a-f]{16}$/.test(buildId)) return undefined;
  const command = argv.find((arg) => COMMAND_NAMES.includes(arg)) ?? "other";
  // `cache clear` removes the code cache: saving its own afterwards would make the folder again.
  if (command === "cache") return undefined;
  return runWithCodeCache<MainModule>(packagePath("dist/bundle/main.cjs"), codeCacheFile(cache, buildId, command), importFromHere);
}
