// Writes drafts to read end to end: `node bench/draft/replay.js DIR` (build first) drafts the zh and
// en replay examples against the replay endpoint (test/helpers/replay-server.ts, prepared answers in
// test/fixtures/replay/) and offline, and writes DIR/<example>.replayed.md and
// DIR/<example>.offline.md. Exit 2 for arguments or a missing build, 1 when a draft fails.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPLAY_EXAMPLES, loadReplayServer, replayArgs, runCli } from "./shared.js";
import { answerHelp } from "../usage.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
answerHelp("usage: node bench/draft/replay.js DIR");
const [dir, ...rest] = process.argv.slice(2);
if (!dir || rest.length > 0) {
  process.stderr.write("usage: node bench/draft/replay.js DIR\n");
  process.exit(2);
}
if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench/draft/replay.js needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}
const out = path.resolve(dir);
mkdirSync(out, { recursive: true });
const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-replay-"));
const { startReplayServer } = await loadReplayServer(root, temp);
const replay = await startReplayServer({ root });
let failed = false;
try {
  for (const example of REPLAY_EXAMPLES) {
    for (const [how, args] of [["replayed", replayArgs(replay.baseURL)], ["offline", ["--offline", "--no-score", "--force"]]]) {
      const file = path.join(out, `${example.name}.${how}.md`);
      const shown = path.join(dir, `${example.name}.${how}.md`);
      const { code, stderr } = await runCli(root, temp, ["draft", example.file, "-o", file, ...args]);
      if (code !== 0) failed = true;
      process.stdout.write(`${code === 0 ? "wrote" : `exit ${code}:`} ${shown}${code === 0 ? "" : `\n${stderr}`}\n`);
    }
  }
} finally {
  await replay.close();
  rmSync(temp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
