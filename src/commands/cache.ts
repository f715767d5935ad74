// `grantsmith cache clear|path`: manage the on-disk cache of model responses (clear also removes
// V8's code cache of the program, which the next runs write again).
import { rm, stat } from "node:fs/promises";
import { UsageError } from "../errors.js";
import { cacheDir, ResponseCache } from "../llm/cache.js";
import { codeCacheIn, oldRubricCacheIn } from "../util/cache-dir.js";
import { t } from "../i18n/index.js";

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function cacheCommand(action: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (action !== "clear" && action !== "path") {
    throw new UsageError(t("output.unknownCacheAction", { action }));
  }
  const dir = cacheDir(env);
  if (!dir) {
    process.stderr.write(`${t("output.cacheOff")}\n`);
    return;
  }
  if (action === "path") {
    process.stdout.write(`${dir}\n`);
    return;
  }
  const { files, bytes } = await new ResponseCache(dir).clear();
  process.stdout.write(
    files === 0
      ? `${t("output.cacheEmpty", { dir })}\n`
      : `${t("output.cacheCleared", { n: files, size: size(bytes), dir })}\n`,
  );
  // V8's code cache of the program: written again by the next run of each command.
  await rm(codeCacheIn(dir), { recursive: true, force: true });
  // Left by an older grantsmith, which kept validated copies of the built-in rubrics here.
  const oldRubrics = oldRubricCacheIn(dir);
  if (await stat(oldRubrics).catch(() => undefined)) {
    await rm(oldRubrics, { recursive: true, force: true });
    process.stdout.write(`${t("output.oldRubricsRemoved", { dir: oldRubrics })}\n`);
  }
}
