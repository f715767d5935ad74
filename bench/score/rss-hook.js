// Loaded with --import into the measured process: on exit, records its peak resident memory (KB)
// and the CPU time it used (µs, user + system; worker threads included, they share the process)
// in the file named by BENCH_RSS_FILE, as "maxRSS cpu".
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
