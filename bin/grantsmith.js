#!/usr/bin/env node
// Runs the built CLI. `npm ci` builds dist/ through the prepare script. The CLI module has no side
// effects (tests load it); the process exits here.
let cli;
let commands;
try {
  [cli, commands] = await Promise.all([import("../dist/cli.js"), import("../dist/commands/index.js")]);
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && /dist\/(cli|commands\/index)\.js/.test(String(error.message))) {
    process.stderr.write("grantsmith: the CLI is not built yet; run `npm run build` in the grantsmith folder.\n");
    process.exit(2);
  }
  throw error;
}
// Exit explicitly: keep-alive sockets or timers of a finished command must not hold the process.
// stdout to a file or pipe is written synchronously on Linux and macOS, so nothing is cut short.
process.exit(await cli.main(process.argv.slice(2), commands.commandActions));
