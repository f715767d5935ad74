// The record of an unfinished draft: each finished section saved as it arrives, in a state folder
// beside the output, so `draft --resume` generates only what is missing. Removed once the draft is
// written. Each section file is keyed by the fingerprint of what produced it (prompt, model), so a
// section is reused only when it would be generated from exactly the same input.
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";

export const STATE_FOLDER = ".grantsmith-state";

interface SavedSection {
  fingerprint: string;
  text: string;
}

export class DraftState {
  constructor(readonly dir: string) {}

  /** The state folder for an output file (or, for stdout, for the facts file). */
  static forOutput(target: string): DraftState {
    return new DraftState(path.join(path.dirname(path.resolve(target)), STATE_FOLDER, path.basename(target)));
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  async load(id: string, fingerprint: string): Promise<string | undefined> {
    try {
      const saved = JSON.parse(await readFile(this.file(id), "utf8")) as SavedSection;
      return saved.fingerprint === fingerprint && typeof saved.text === "string" ? saved.text : undefined;
    } catch {
      return undefined;
    }
  }

  async save(id: string, fingerprint: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temp = `${this.file(id)}.tmp`;
    await writeFile(temp, JSON.stringify({ fingerprint, text } satisfies SavedSection), "utf8");
    await rename(temp, this.file(id));
  }

  /** Section ids saved so far. */
  async saved(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
    } catch {
      return [];
    }
  }

  async clear(): Promise<void> {
    // Another draft's probe may put a file in the folder while it is removed (ENOTEMPTY): retried.
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
    // Leave no empty .grantsmith-state folder behind.
    await rmdir(path.dirname(this.dir)).catch(() => undefined);
  }
}
