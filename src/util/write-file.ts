// Writing the product: atomically (temp file + rename), never over an existing file without --force,
// never over one of the command's own inputs, and never into a folder that does not exist.
import { link, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";
import { t } from "../i18n/index.js";
import { scrubKnownSecrets } from "./secrets.js";

export async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

export interface WriteGuard {
  force?: boolean;
  /** Files the command reads (facts, materials, the proposal): never written over, even with --force. */
  inputs?: string[];
  /** How to choose another path, for the message: "-o FILE" (default) or "another file name". */
  elsewhere?: string;
}

/** Checks, before any work is done, that `file` may be written; throws one clear line if not. */
export async function assertWritable(file: string, guard: WriteGuard = {}): Promise<void> {
  const target = path.resolve(file);
  if ((guard.inputs ?? []).some((input) => path.resolve(input) === target)) {
    throw new InputError(t("util.outputIsInput", { file }));
  }
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) throw new InputError(t("util.outputIsFolder", { file }));
  if (info && !guard.force) {
    throw new InputError(t("util.outputExists", { file, elsewhere: guard.elsewhere ?? "-o FILE" }));
  }
  const folder = await stat(path.dirname(target)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new InputError(t("util.outputFolderMissing", { file, folder: path.dirname(file) }));
}

/** Writes through a temp file in the same folder, so a reader never sees half a file. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, guard: WriteGuard = {}): Promise<void> {
  await assertWritable(file, guard);
  const target = path.resolve(file);
  // node:crypto is loaded only by a command that writes (check reads, and so does score to stdout).
  const { randomBytes } = await import("node:crypto");
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // Text is scrubbed of the key on the way out; bytes (a .docx) are built from text that was.
    const data = typeof content === "string" ? scrubKnownSecrets(content) : content;
    await writeFile(temp, data);
    // Without --force the file is created, never replaced: a link fails if another run (or anyone)
    // made the file since the check above, where a rename would silently replace it.
    if (guard.force) await rename(temp, target);
    else await link(temp, target).catch(async (error: NodeJS.ErrnoException) => {
      // A file system without hard links: still exclusive, though no longer all-or-nothing.
      if (error.code !== "EPERM" && error.code !== "ENOTSUP" && error.code !== "ENOSYS") throw error;
      await writeFile(target, data, { flag: "wx" });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === "EEXIST") {
      throw new InputError(t("util.outputTaken", { file, elsewhere: guard.elsewhere ?? "-o FILE" }));
    }
    throw new InputError(t("util.cannotWrite", { file, code: String(code) }));
  } finally {
    await rm(temp, { force: true });
  }
}
