// The build step after tsc: validates every built-in rubric (rubrics/*.yaml) with the loader's own
// validation (dist/score/rubric/load.js) and writes the validated rubrics to dist/rubrics.jsonl,
// which is all the CLI reads at run time: a line with the ids (sorted), then each rubric's JSON on
// a line of its own in that order, so a run lists the ids and parses only the rubric it uses. A
// rubric that does not validate fails the build with its file:line:col lines on stderr and exit 1.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../dist/errors.js";
import { BUILTIN_RUBRICS_DIR, COMPILED_RUBRICS_FILE } from "../dist/score/rubric/rubric.js";
import { validateRubric } from "../dist/score/rubric/load.js";

const names = readdirSync(BUILTIN_RUBRICS_DIR)
  .filter((name) => name.endsWith(".yaml"))
  .sort();

const compiled = {};
const problems = [];
for (const name of names) {
  // Named as the loader names a built-in rubric in its messages.
  const shown = `rubrics/${name}`;
  try {
    compiled[name.slice(0, -".yaml".length)] = validateRubric(shown, readFileSync(path.join(BUILTIN_RUBRICS_DIR, name), "utf8"));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(error.message, ...error.details);
  }
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join("\n")}\nbuild: the built-in rubrics above do not validate\n`);
  process.exit(1);
}
const temp = `${COMPILED_RUBRICS_FILE}.${process.pid}.tmp`;
const ids = Object.keys(compiled).sort();
// JSON.stringify writes no line break inside a value: one line per rubric.
writeFileSync(temp, [JSON.stringify(ids), ...ids.map((id) => JSON.stringify(compiled[id]))].join("\n") + "\n");
renameSync(temp, COMPILED_RUBRICS_FILE);
