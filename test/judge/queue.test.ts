// The judge over a batch (judge/batch.ts): files judged at most `concurrency` at once by the
// workers of util/limit.ts, results out in the order the files came in, the first failure (an
// endpoint error or the session's signal) what the run ends with, and no file started after it.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EndpointError, InterruptedError } from "../../src/errors.js";
import { createJudgeQueue } from "../../src/judge/batch.js";
import { UsageMeter, type ChatProvider, type ChatRequest, type ChatResult } from "../../src/llm/types.js";
import { scoreFile } from "../../src/score/batch/score-file.js";
import type { ScoreResult } from "../../src/score/types.js";
import { tempDir } from "../helpers/temp.js";

const NAMES = ["alpha", "bravo", "charlie"] as const;
type Name = (typeof NAMES)[number];

/** Three proposals whose text names them, scored without the judge. */
async function scoredFiles(): Promise<ScoreResult[]> {
  const dir = await tempDir("grantsmith-judge-queue-");
  const out: ScoreResult[] = [];
  for (const name of NAMES) {
    const file = path.join(dir, `${name}.md`);
    await writeFile(file, `# Project ${name}\n\n## Statement of Need\n\nThe ${name} district has 1,280 older people living alone (county census 2024).\n`);
    const outcome = await scoreFile(file, undefined, undefined);
    if (outcome.kind !== "result") throw new Error(`${file} was skipped`);
    out.push(outcome.result);
  }
  return out;
}

const VERDICT = JSON.stringify({ score: 7, reasons: ["clear"], suggestions: ["add a source"] });

/** A provider whose answers for each file wait for what the test says: answer, fail, or hold. */
function scriptedProvider(answer: (name: Name, request: ChatRequest) => Promise<string>) {
  const asked: Name[] = [];
  const provider: ChatProvider = {
    provider: "custom",
    model: "queue-test",
    endpoint: "http://localhost",
    async chat(request): Promise<ChatResult> {
      const text = JSON.stringify(request.messages);
      const name = NAMES.find((n) => text.includes(`Project ${n}`))!;
      asked.push(name);
      return { text: await answer(name, request), usage: { promptTokens: 1, completionTokens: 1 }, cached: false };
    },
  };
  return { provider, asked };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A queue over `provider`, with what it emitted and what it aborted with. */
function queueOf(provider: ChatProvider, concurrency: number, session = new AbortController()) {
  const emitted: string[] = [];
  const aborted: unknown[] = [];
  const queue = createJudgeQueue(
    { model: { provider, signal: session.signal, meter: new UsageMeter() }, samples: 1 },
    {
      concurrency,
      abort: (reason) => {
        aborted.push(reason);
        session.abort(reason);
      },
      emit: (result) => emitted.push(path.basename(result.file, ".md")),
    },
  );
  return { queue, emitted, aborted, session };
}

/** Turns of the event loop until `condition` holds (files are read and prepared before their questions go out). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100_000 && !condition(); turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

describe("the judge queue", () => {
  it("judges files at once up to its concurrency and emits them in the order they came in", async () => {
    const files = await scoredFiles();
    const alpha = deferred<string>();
    const { provider, asked } = scriptedProvider((name) => (name === "alpha" ? alpha.promise : Promise.resolve(VERDICT)));
    const { queue, emitted } = queueOf(provider, 3);
    for (const f of files) queue.add(f);
    // bravo and charlie are judged while alpha waits, but none goes out before alpha.
    await until(() => new Set(asked).size === 3);
    expect(emitted).toEqual([]);
    alpha.resolve(VERDICT);
    await queue.finish();
    expect(emitted).toEqual(["alpha", "bravo", "charlie"]);
  });

  it("never has more files in flight than its concurrency", async () => {
    const files = await scoredFiles();
    // Each file's questions wait until the test opens that file's gate.
    const gates = new Map(NAMES.map((n) => [n, deferred<string>()]));
    const { provider, asked } = scriptedProvider((name) => gates.get(name)!.promise);
    const { queue, emitted } = queueOf(provider, 1);
    for (const f of files) queue.add(f);
    await until(() => asked.includes("alpha"));
    expect(new Set(asked)).toEqual(new Set(["alpha"]));
    gates.get("alpha")!.resolve(VERDICT);
    await until(() => asked.includes("bravo"));
    expect(new Set(asked)).toEqual(new Set(["alpha", "bravo"]));
    expect(emitted).toEqual(["alpha"]);
    gates.get("bravo")!.resolve(VERDICT);
    await until(() => asked.includes("charlie"));
    gates.get("charlie")!.resolve(VERDICT);
    await queue.finish();
    expect(emitted).toEqual(["alpha", "bravo", "charlie"]);
  });

  it("ends with the first failure, aborts the session with it, and starts no file after it", async () => {
    const files = await scoredFiles();
    const first = new EndpointError("the endpoint answered 500");
    const { provider, asked } = scriptedProvider((name) => (name === "bravo" ? Promise.reject(first) : Promise.resolve(VERDICT)));
    const { queue, emitted, aborted } = queueOf(provider, 1);
    for (const f of files) queue.add(f);
    await expect(queue.failed).rejects.toBe(first);
    await expect(queue.finish()).rejects.toBe(first);
    expect(aborted).toEqual([first]);
    expect(emitted).toEqual(["alpha"]);
    expect(asked).not.toContain("charlie");
  });

  it("reports a later failure the first one caused under the first", async () => {
    const files = await scoredFiles();
    const first = new EndpointError("the endpoint answered 500");
    const charlie = deferred<string>();
    const { provider } = scriptedProvider((name, request) => {
      if (name === "bravo") return Promise.reject(first);
      if (name === "charlie") {
        // Stopped by the abort: it fails with an error of its own, after the first.
        request.signal?.addEventListener("abort", () => charlie.reject(new EndpointError("connection closed")), { once: true });
        return charlie.promise;
      }
      return Promise.resolve(VERDICT);
    });
    const { queue, emitted } = queueOf(provider, 3);
    for (const f of files) queue.add(f);
    await expect(queue.finish()).rejects.toBe(first);
    expect(emitted).not.toContain("bravo");
    expect(emitted).not.toContain("charlie");
  });

  it("ends with the interruption when the session's signal aborts, not with the errors of the requests it stopped", async () => {
    const files = await scoredFiles();
    const interrupted = new InterruptedError();
    const { provider, asked } = scriptedProvider(
      (_, request) =>
        new Promise<string>((_, reject) => request.signal?.addEventListener("abort", () => reject(new EndpointError("request aborted")), { once: true })),
    );
    const session = new AbortController();
    const { queue, emitted } = queueOf(provider, 1, session);
    for (const f of files) queue.add(f);
    await until(() => asked.length > 0);
    session.abort(interrupted);
    await expect(queue.finish()).rejects.toBe(interrupted);
    expect(emitted).toEqual([]);
    expect(new Set(asked)).toEqual(new Set(["alpha"]));
  });
});
