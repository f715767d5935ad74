// The model session: a signal aborts its requests and ends the run with 128 + the signal's number,
// whatever error the abort caused; it gives the signals back when it closes; the usage line follows
// a completed run (and a failed one that cost something, when asked).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EndpointError, InterruptedError } from "../../src/errors.js";
import type { ModelChoice } from "../../src/llm/provider.js";
import { openModelSession, SESSION_SIGNALS } from "../../src/llm/session.js";
import type { ChatProvider, ChatResult } from "../../src/llm/types.js";

const provider: ChatProvider = {
  provider: "custom",
  model: "m",
  endpoint: "http://127.0.0.1:1/v1",
  chat: async () => {
    throw new Error("not called");
  },
};
const answer: ChatResult = { text: "ok", usage: { promptTokens: 3, completionTokens: 2 }, cached: false };
const choice: ModelChoice = { kind: "model", provider, describe: "using model m on custom (http://127.0.0.1:1/v1)" };

let stderr: string;
beforeEach(() => {
  stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const listeners = () => SESSION_SIGNALS.map((signal) => process.listenerCount(signal));

describe("a model session", () => {
  it("says which model it uses, or why none, unless quiet (offline is always said)", async () => {
    (await openModelSession(choice)).close(true);
    expect(stderr.split("\n")[0]).toBe(choice.describe);
    stderr = "";
    (await openModelSession(choice, { quiet: true })).close(false);
    expect(stderr).toBe("");
    const offline = await openModelSession({ kind: "offline", reason: { because: "flag", flag: "--offline" } }, { quiet: true });
    expect(offline.provider).toBeUndefined();
    offline.close(true);
    expect(stderr).toBe("offline (--offline): no model is called\n");
  });

  it.each([
    ["SIGINT", 130, "interrupted"],
    ["SIGTERM", 143, "interrupted by SIGTERM"],
    ["SIGHUP", 129, "interrupted by SIGHUP"],
  ] as const)("%s aborts the signal and the run ends with exit %i, not with the error the abort caused", async (signal, code, message) => {
    const before = listeners();
    const session = await openModelSession(choice, { quiet: true });
    const run = session.run(
      () =>
        new Promise<never>((_, reject) =>
          // A request stopped by the abort fails in its own way; the session's interruption wins.
          session.signal.addEventListener("abort", () => reject(new EndpointError("the connection was closed"))),
        ),
    );
    process.emit(signal, signal);
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).exitCode).toBe(code);
    expect((error as InterruptedError).message).toBe(message);
    expect(session.signal.aborted).toBe(true);
    expect(listeners()).toEqual(before);
  });

  it("leaves a failure that no signal caused as it is, and gives the signals back", async () => {
    const before = listeners();
    const session = await openModelSession(choice, { quiet: true });
    expect(listeners()).toEqual(before.map((n) => n + 1));
    const failure = new EndpointError("rate limited");
    await expect(session.run(async () => Promise.reject(failure))).rejects.toBe(failure);
    expect(listeners()).toEqual(before);
  });

  it("prints the usage line after a completed run, after a failed one only when asked and it cost something", async () => {
    const done = await openModelSession(choice, { quiet: true });
    await done.run(async () => undefined);
    expect(stderr).toBe("model usage: 0 requests, 0 prompt + 0 completion tokens, 0 cache hits\n");

    stderr = "";
    const failed = await openModelSession(choice, { quiet: true, usageAfterFailure: true });
    failed.meter.record(answer);
    await failed.run(async () => Promise.reject(new EndpointError("down"))).catch(() => undefined);
    expect(stderr).toBe("model usage: 1 request, 3 prompt + 2 completion tokens, 0 cache hits\n");

    stderr = "";
    const quiet = await openModelSession(choice, { quiet: true });
    quiet.meter.record(answer);
    await quiet.run(async () => Promise.reject(new EndpointError("down"))).catch(() => undefined);
    expect(stderr).toBe("");
  });
});
