// Writing the product: atomically (temp file + rename) and never over an existing file without --force.
import { randomBytes } from "node:crypto";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Throws the usual "exists; use --force" error before any work is done. */
export async function assertWritable(file: string, force: boolean | undefined): Promise<void> {
  if (!force && (await exists(file))) {
    throw new InputError(`${file}: already exists; pass --force to overwrite it, or -o to write elsewhere`);
  }
}

/** Writes through a temp file in the same folder, so a reader never sees half a file. */
export async function writeFileAtomic(file: string, content: string, force: boolean | undefined): Promise<void> {
  await assertWritable(file, force);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, "utf8");
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(`${file}: cannot write the file (${code}); check the folder exists and is writable`);
  }
}
