// The baseline the scorer is measured against: read every file of a folder (recursively) and run
// one regular expression over it. `node bench/score/baseline.js FOLDER`
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { answerHelp } from "../usage.js";

async function* walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith(".md")) yield full;
  }
}

answerHelp("usage: node bench/score/baseline.js FOLDER");
const folder = process.argv[2];
const pattern = /\d[\d,.]*\s*(?:元|%|人)/g;
let files = 0;
let matches = 0;
const inFlight = new Set();
for await (const file of walk(folder)) {
  const task = readFile(file, "utf8").then((text) => {
    files++;
    matches += text.match(pattern)?.length ?? 0;
  });
  inFlight.add(task);
  task.finally(() => inFlight.delete(task));
  if (inFlight.size >= 16) await Promise.race(inFlight);
}
await Promise.all(inFlight);
process.stdout.write(`${files} files, ${matches} matches\n`);
