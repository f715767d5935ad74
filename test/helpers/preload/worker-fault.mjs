// Loaded with `node --import` into a binary under test: its worker threads fail on their first task,
// as a bug would. GRANTSMITH_TEST_WORKER_FAULT=throw throws (the Worker gets an "error" event);
// =exit ends the thread quietly (an "exit" event and no "error" event). The main thread is untouched.
import { isMainThread, parentPort } from "node:worker_threads";

const fault = process.env.GRANTSMITH_TEST_WORKER_FAULT;
if (!isMainThread && parentPort && fault) {
  // Registered before the worker's own handler, so it runs first.
  parentPort.once("message", () => {
    if (fault === "exit") process.exit(0);
    throw new Error("injected worker fault");
  });
}
