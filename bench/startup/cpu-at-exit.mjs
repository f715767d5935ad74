// Loaded with `node --import` by bench:startup: at exit, appends the process's CPU time (user +
// system, in ms) to the file in GRANTSMITH_BENCH_CPU_OUT. CPU time is what a command costs whatever
// else the machine runs; wall time on a busy machine is mostly waiting for a core.
import { appendFileSync } from "node:fs";

const out = process.env.GRANTSMITH_BENCH_CPU_OUT;
if (out) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(out, `${(user + system) / 1000}\n`);
  });
}
