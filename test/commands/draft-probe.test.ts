// The writability probe before a model draft removes only the empty folders it made: another draft
// may be saving its sections in the same state folder meanwhile.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeEmptyUpTo } from "../../src/commands/draft.js";

const tmp = await mkdtemp(path.join(os.tmpdir(), "grantsmith-probe-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("removeEmptyUpTo", () => {
  it("removes the empty folders up to the first one made", async () => {
    const folder = path.join(tmp, "a", ".grantsmith-state", "out.md");
    await mkdir(folder, { recursive: true });
    await removeEmptyUpTo(folder, path.join(tmp, "a", ".grantsmith-state"));
    expect(existsSync(path.join(tmp, "a", ".grantsmith-state"))).toBe(false);
    expect(existsSync(path.join(tmp, "a"))).toBe(true);
  });

  it("keeps a folder that another draft has written a section into", async () => {
    const state = path.join(tmp, "b", ".grantsmith-state");
    const folder = path.join(state, "out.md");
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "need.json"), "{}");
    await removeEmptyUpTo(folder, state);
    expect(existsSync(path.join(folder, "need.json"))).toBe(true);
  });
});
