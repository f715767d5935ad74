#!/usr/bin/env node
// Runs the built CLI: dist/bundle/, which `npm run build` bundles from dist/ (scripts/bundle.js;
// `npm ci` builds through the prepare script). --version and --help are answered first from the
// light quick.js; anything else builds the program, from V8's code cache when the cache folder is
// on (dist/bundle/main.cjs, the same program as one script), else from the ES module bundle. The CLI module has no side effects (tests load
// it); the process exits here.
const argv = process.argv.slice(2);
let quick;
let cli;
let commands;
let cached;
try {
  quick = await import("../dist/bundle/quick.js");
  const answer = quick.quickAnswer(argv);
  if (answer !== undefined) {
    process.stdout.write(answer);
    process.exit(0);
  }
  // The same program as one script with V8's code cache (src/cached-main.ts), when the cache is on.
  cached = (await import("../dist/bundle/cached-main.js")).cachedMain(argv);
  if (cached === undefined) [cli, commands] = await Promise.all([import("../dist/bundle/cli.js"), import("../dist/bundle/commands.js")]);
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && /dist\/bundle\/(quick|cached-main|cli|commands)\.js/.test(String(error.message))) {
    process.stderr.write("grantsmith: the CLI is not built yet; run `npm run build` in the grantsmith folder.\n");
    process.exit(2);
  }
  throw error;
}
// Exit explicitly: keep-alive sockets or timers of a finished command must not hold the process.
// stdout to a file or pipe is written synchronously on Linux and macOS, so nothing is cut short.
if (cached !== undefined) {
  const code = await cached.exports.main(argv, cached.exports.commandActions);
  // What the command compiled, for its next run (once: when the cache file was missing or refused).
  cached.save();
  process.exit(code);
}
process.exit(await cli.main(argv, commands.commandActions));
