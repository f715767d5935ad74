// Loaded with --import into the measured process: on exit, records its peak resident memory
// (worker threads included; they share the process) in the file named by BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
