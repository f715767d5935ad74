// Loaded with `node --import` by tests (and bench:startup): records every module the process loads
// to the file named by GRANTSMITH_TEST_MODULES_OUT, one a line: each ES module's URL as it loads, and
// at exit every CommonJS file in require's cache (what CommonJS packages require inside themselves),
// for "this command never loads that package".
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";

const out = process.env.GRANTSMITH_TEST_MODULES_OUT;
register(
  "data:text/javascript," +
    encodeURIComponent(`
import { appendFileSync } from "node:fs";
const out = ${JSON.stringify(out ?? "")};
export async function load(url, context, next) {
  if (out) appendFileSync(out, url + "\\n");
  return next(url, context);
}
`),
);
if (out) {
  const cache = createRequire(import.meta.url).cache;
  process.on("exit", () => {
    const files = Object.keys(cache).map((file) => `cjs:${pathToFileURL(file).href}`);
    if (files.length > 0) appendFileSync(out, files.join("\n") + "\n");
  });
}
