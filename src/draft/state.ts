// The record of an unfinished draft: each finished section saved as it arrives, in a state folder
// beside the output, so `draft --resume` generates only what is missing. Removed once the draft is
// written. A draft to stdout holds its sections in memory and writes them only if it stops. Each section file is keyed by the fingerprint of what produced it (prompt, model), so a
// section is reused only when it would be generated from exactly the same input.
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";

export const STATE_FOLDER = ".grantsmith-state";

interface SavedSection {
  fingerprint: string;
  text: string;
}

export class DraftState {
  /** Sections held in memory until keep(): a draft to stdout writes nothing beside the facts unless it is interrupted. */
  private readonly pending: Map<string, SavedSection> | undefined;

  constructor(
    readonly dir: string,
    { deferred = false }: { deferred?: boolean } = {},
  ) {
    this.pending = deferred ? new Map() : undefined;
  }

  /** The state folder for an output file, each section saved as it arrives. */
  static forOutput(target: string): DraftState {
    return new DraftState(DraftState.folderFor(target));
  }

  /**
   * The state of a draft to stdout: in the folder of the facts' default output, but written there only
   * by keep(), when the draft stops with sections finished (for --resume); a draft that completes leaves nothing.
   */
  static forStdout(defaultOutput: string): DraftState {
    return new DraftState(DraftState.folderFor(defaultOutput), { deferred: true });
  }

  private static folderFor(target: string): string {
    return path.join(path.dirname(path.resolve(target)), STATE_FOLDER, path.basename(target));
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
    if (this.pending) {
      this.pending.set(id, { fingerprint, text });
      return;
    }
    await this.write(id, { fingerprint, text });
  }

  /** Writes the sections held in memory to the folder (for a draft that stops); returns the ids saved there. */
  async keep(): Promise<string[]> {
    for (const [id, section] of this.pending ?? []) await this.write(id, section);
    this.pending?.clear();
    return this.saved();
  }

  private async write(id: string, { fingerprint, text }: SavedSection): Promise<void> {
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
