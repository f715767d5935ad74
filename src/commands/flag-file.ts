// The bytes of a file named by a flag (--form FILE, --reference-doc FILE); a missing, folder or
// unreadable file is one line naming the flag and the file, exit 2.
import { readFile } from "node:fs/promises";
import { InputError } from "../errors.js";
import { t } from "../i18n/index.js";

export async function readFlagFile(flag: string, file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(t("common.flagFileMissing", { flag, file }));
    if (code === "EISDIR") throw new InputError(t("common.flagFileFolder", { flag, file }));
    throw new InputError(t("common.flagFileUnreadable", { flag, file, code: code ?? String(error) }));
  }
}
