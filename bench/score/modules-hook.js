// Loaded with --import: counts the modules the process loads (every URL the ESM loader loads:
// node: built-ins and CommonJS files it imports included) and writes them to BENCH_MODULES_FILE on
// exit, one a line. The loader runs in its own thread (modules-loader.js) and posts each URL here.
import { writeFileSync } from "node:fs";
import { register } from "node:module";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";

const { port1, port2 } = new MessageChannel();
register("./modules-loader.js", { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
process.on("exit", () => {
  const urls = new Set();
  for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) urls.add(m.message);
  if (process.env.BENCH_MODULES_FILE) writeFileSync(process.env.BENCH_MODULES_FILE, [...urls].join("\n") + "\n");
});
