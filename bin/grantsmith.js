#!/usr/bin/env node
// Runs the built CLI: dist/bundle/, which `npm run build` bundles from dist/ (scripts/bundle.js;
// `npm ci` builds through the prepare script). --version and --help are answered first from the
// light quick.js; anything else builds the program, from V8's code cache when the cache folder is
// on (dist/bundle/main-<command>.cjs: the program's declaration and the command's code as one
// script; main-other.cjs for the less used commands), else from the ES module bundle. The CLI module has no side effects (tests load it); the
// process exits here.
const argv = process.argv.slice(2);
// A reader that stops early (`grantsmith score . | head`) closes the pipe: what it wanted has been
// written, so the command ends quietly instead of with Node's EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
let quick;
let cli;
let commands;
let cached;
try {
  quick = await import("../dist/bundle/quick.js");
  const answer = quick.quickAnswer(argv);
  if (answer !== undefined) {
    process.stdout.write(answer);
    await exitAfterOutput(0);
  }
  // The command's script with V8's code cache (src/cached-main.ts), when the cache is on.
  cached = (await import("../dist/bundle/cached-main.js")).cachedMain(argv);
  if (cached === undefined) [cli, commands] = await Promise.all([import("../dist/bundle/cli.js"), import("../dist/bundle/commands.js")]);
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && /dist\/bundle\/(quick|cached-main|cli|commands)\.js/.test(String(error.message))) {
    process.stderr.write("grantsmith: the CLI is not built yet; run `npm run build` in the grantsmith folder.\n");
    process.exit(2);
  }
  throw error;
}
/**
 * Exits once what was written to stdout and stderr has left the process. Exit explicitly: keep-alive
 * sockets or timers of a finished command must not hold the process. A pipe whose reader is slower
 * than the command (`| less`, `| head`, a CI step) takes only 64 KiB at once; the rest waits in the
 * stream, and exiting before it is written would cut the output there.
 */
async function exitAfterOutput(code) {
  const flushed = (stream) =>
    new Promise((resolve) => {
      if (stream.destroyed || stream.writableLength === 0) return resolve();
      stream.once("error", resolve);
      stream.write("", resolve);
    });
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

if (cached !== undefined) {
  const code = await cached.exports.main(argv, cached.exports.commandActions);
  // What the command compiled, for its next run (once: when the cache file was missing or refused).
  cached.save();
  await exitAfterOutput(code);
} else {
  await exitAfterOutput(await cli.main(argv, commands.commandActions));
}
