// Reading proposals: a regular file in one read, and a pipe or FIFO (score /dev/stdin, score <(…))
// to its true end even when the writer pauses mid-stream.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readProposalSync } from "../../src/score/read/files.js";
import { tempDirSync } from "../helpers/temp.js";

const fixtureFile = fileURLToPath(new URL("../fixtures/proposals/zh-complete.md", import.meta.url));

describe("readProposalSync", () => {
  it("reads a regular file whole", () => {
    expect(readProposalSync(fixtureFile)).toEqual({ kind: "text", text: readFileSync(fixtureFile, "utf8") });
  });

  it.skipIf(process.platform === "win32")("reads a FIFO to its end when the writer pauses mid-stream", async () => {
    const fifo = path.join(tempDirSync("grantsmith-fifo-"), "proposal.md");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // The first 1,001 bytes, a pause, then the rest (the cut falls inside a Chinese character).
    const writer = spawn("sh", ["-c", '{ head -c 1001 "$1"; sleep 0.3; tail -c +1002 "$1"; } > "$2"', "sh", fixtureFile, fifo]);
    const done = new Promise((resolve) => writer.on("exit", resolve));
    const read = readProposalSync(fifo);
    await done;
    expect(read).toEqual({ kind: "text", text: readFileSync(fixtureFile, "utf8") });
  });
});
