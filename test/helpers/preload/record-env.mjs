// Loaded with `node --import` into a binary under test: writes the names and values of its whole
// environment, as JSON, to the file GRANTSMITH_TEST_ENV_OUT names.
import { writeFileSync } from "node:fs";

const out = process.env.GRANTSMITH_TEST_ENV_OUT;
if (out) writeFileSync(out, JSON.stringify(process.env));
