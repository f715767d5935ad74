// The program from V8's code cache: bin/grantsmith.js asks here once --version and --help are ruled
// out (src/quick.ts). The build writes the CLI once more as CommonJS scripts: check, draft and score
// each as the program's declaration and that command's code (dist/bundle/main-<command>.cjs), the
// rest as the whole program (main-other.cjs), which src/util/code-cache.ts runs with the command's
// cache file; the ES module bundle
// (dist/bundle/cli.js, commands.js) runs the same code without a cache.
import { readFileSync } from "node:fs";
import type { CommandActions } from "./cli.js";
import { CACHELESS_COMMANDS, commandOfLine, scriptName } from "./commands/names.js";
import { cacheDir } from "./util/cache-dir.js";
import { codeCacheFile, runWithCodeCache, type CachedScript } from "./util/code-cache.js";
import { packagePath } from "./util/paths.js";

/** import() for the scripts (their `__import`): of a package, a node: built-in or a file URL. */
const importFromHere = (specifier: string): Promise<unknown> => import(specifier);

/** What a dist/bundle/main-<command>.cjs exports: bin/grantsmith.js runs `main(argv, commandActions)`. */
export interface MainModule {
  main(argv: string[], actions: CommandActions): Promise<number>;
  commandActions: CommandActions;
}

/**
 * The program loaded from the script of the command on the line, with V8's code cache of that
 * command (one file per command in the cache folder); undefined when the cache is off
 * (GRANTSMITH_CACHE=none), the build has no such script, or the command is `cache`: then the
 * caller imports the ES module bundle.
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
  const command = commandOfLine(argv);
  if (CACHELESS_COMMANDS.includes(command)) return undefined;
  // The vendor files a script requires where it first uses a package (scripts/bundle.js) run with the code cache too.
  const vendorCache = (required: string) => {
    const vendor = /[\\/]dist[\\/]bundle[\\/](vendor-[\w-]+)\.cjs$/.exec(required)?.[1];
    return vendor === undefined ? undefined : codeCacheFile(cache, buildId, vendor);
  };
  return runWithCodeCache<MainModule>(packagePath(`dist/bundle/${scriptName(command)}`), codeCacheFile(cache, buildId, command), importFromHere, vendorCache);
}
