#!/usr/bin/env node
// Runs the built CLI. `npm ci` builds dist/ through the prepare script.
import("../dist/cli.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    process.stderr.write("grantsmith: the CLI is not built yet; run `npm run build` in the grantsmith folder.\n");
    process.exit(2);
  }
  throw error;
});
