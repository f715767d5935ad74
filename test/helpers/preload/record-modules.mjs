// Loaded with `node --import` by tests: records every module the process loads (one URL a line)
// to the file named by GRANTSMITH_TEST_MODULES_OUT, for "this command never loads that package".
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
import { appendFileSync } from "node:fs";
const out = process.env.GRANTSMITH_TEST_MODULES_OUT;
export async function load(url, context, next) {
  if (out) appendFileSync(out, url + "\\n");
  return next(url, context);
}
`),
);
