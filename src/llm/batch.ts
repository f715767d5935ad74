// Bulk model work on the provider's batch engine (the OpenAI-compatible Batch API, offered by
// OpenAI and DashScope's compatible mode at about half the price): the requests a run would make
// are collected first, sent as one JSONL file, polled until the job ends, and the answers written
// into the response cache under the keys the live requests would use. The run then finishes as
// usual from the cache, so its output is the output it would have had without --batch; a line the
// job failed or never reached is asked live.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type OpenAI from "openai";
import { EndpointError, InputError, InterruptedError } from "../errors.js";
import { t } from "../i18n/index.js";
import { cacheKey, CACHE_FORMAT_VERSION, type ResponseCache } from "./cache.js";
import { chatBody } from "./request-body.js";
import type { ChatProvider, ChatRequest, ChatResult, TokenUsage } from "./types.js";

/** Thrown by the collecting provider: the request is noted for the batch job, not made. */
export class DeferredToBatch extends Error {
  constructor() {
    super("deferred to the batch job");
    this.name = "DeferredToBatch";
  }
}

/** For a collecting pass over many items: a deferred request ends that item, not the pass. */
export function ignoreDeferred(error: unknown): void {
  if (!(error instanceof DeferredToBatch)) throw error;
}

/** A provider that makes no request: it notes each one (by its cache key) for the batch job. */
export class CollectingProvider implements ChatProvider {
  readonly requests = new Map<string, ChatRequest>();

  constructor(
    readonly provider: string,
    readonly model: string,
    readonly endpoint: string,
  ) {}

  async chat(request: ChatRequest): Promise<ChatResult> {
    this.requests.set(cacheKey(this.endpoint, this.model, request), request);
    throw new DeferredToBatch();
  }
}

/** One line of the job's input file: the custom id is the cache key the answer is stored under. */
export function batchLine(key: string, model: string, request: ChatRequest): string {
  return JSON.stringify({ custom_id: key, method: "POST", url: "/v1/chat/completions", body: chatBody(model, request, true) });
}

/** What is kept on disk while a job runs, so an interrupted run can pick it up (--batch-id). */
export interface BatchState {
  id: string;
  endpoint: string;
  model: string;
  requests: number;
  createdAt: string;
}

const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);

export interface BatchProgress {
  status: string;
  completed: number;
  failed: number;
  total: number;
}

export interface BatchOutcome {
  id: string;
  status: string;
  /** Answers written into the cache. */
  stored: number;
  /** Lines the job failed or never reached: asked live by the run that follows. */
  failed: number;
  usage: TokenUsage;
}

export interface BatchOptions {
  client: OpenAI;
  cache: ResponseCache;
  endpoint: string;
  model: string;
  /** Where the job's state is kept while it runs. */
  stateFile: string;
  /** Pick up this job instead of starting one. */
  resumeId?: string;
  pollMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Called with the job's id once it is known: sent now, or picked up (resumed). */
  onStarted?: (id: string, resumed: boolean) => void;
  /** How errors are told: where the key comes from, what to scrub. */
  context?: Partial<import("./errors.js").EndpointContext>;
}

async function readState(file: string): Promise<BatchState | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as BatchState;
  } catch {
    return undefined;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InterruptedError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new InterruptedError());
      },
      { once: true },
    );
  });
}

/** Sends the collected requests as one job (or picks up a running one), waits for it, and caches the answers. */
export async function runBatch(requests: Map<string, ChatRequest>, options: BatchOptions): Promise<BatchOutcome> {
  const { client, cache, endpoint, model } = options;
  let id = options.resumeId ?? (await readState(options.stateFile))?.id;
  const resumed = id !== undefined;
  try {
    if (id === undefined) {
      const lines = [...requests].map(([key, request]) => batchLine(key, model, request));
      const { toFile } = await import("openai");
      const file = await client.files.create({ file: await toFile(Buffer.from(lines.join("\n") + "\n"), "grantsmith-batch.jsonl"), purpose: "batch" });
      const job = await client.batches.create({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
      id = job.id;
      const state: BatchState = { id, endpoint, model, requests: lines.length, createdAt: new Date().toISOString() };
      await mkdir(path.dirname(options.stateFile), { recursive: true });
      await writeFile(options.stateFile, JSON.stringify(state, null, 2));
    }
    options.onStarted?.(id, resumed);
    let job = await client.batches.retrieve(id);
    for (;;) {
      const counts = job.request_counts ?? { completed: 0, failed: 0, total: requests.size };
      options.onProgress?.({ status: job.status, completed: counts.completed, failed: counts.failed, total: counts.total });
      if (TERMINAL.has(job.status)) break;
      await sleep(options.pollMs ?? 10_000, options.signal);
      job = await client.batches.retrieve(id);
    }
    const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
    let stored = 0;
    // An expired or cancelled job may still have answered part of its lines: keep what it did.
    if (job.output_file_id) {
      const text = await (await client.files.content(job.output_file_id)).text();
      for (const line of text.split("\n")) {
        if (!line.trim()) continue;
        const answer = parseOutputLine(line);
        if (!answer) continue;
        usage.promptTokens += answer.usage.promptTokens;
        usage.completionTokens += answer.usage.completionTokens;
        if (answer.finishReason === "length" || answer.finishReason === "content_filter") continue;
        await cache.set(answer.key, {
          version: CACHE_FORMAT_VERSION,
          endpoint,
          model,
          text: answer.text,
          usage: answer.usage,
          finishReason: answer.finishReason,
          createdAt: new Date().toISOString(),
        });
        stored++;
      }
    }
    await rm(options.stateFile, { force: true });
    if (job.status === "failed" && stored === 0) {
      const why = job.errors?.data?.map((e) => e.message).filter(Boolean).join("; ");
      throw new EndpointError(t("batch.jobFailed", { id, why: why || "no reason given" }));
    }
    return { id, status: job.status, stored, failed: Math.max(0, (job.request_counts?.total ?? requests.size) - stored), usage };
  } catch (error) {
    if (error instanceof InterruptedError || error instanceof EndpointError || error instanceof InputError) throw error;
    const { toEndpointError } = await import("./errors.js");
    throw toEndpointError(error, { endpoint, model, secrets: [], timeoutMs: 120_000, maxRetries: 0, ...options.context });
  }
}

/** One line of the job's output: the answer under its cache key, or undefined for a failed line. */
export function parseOutputLine(line: string): { key: string; text: string; usage: TokenUsage; finishReason?: string } | undefined {
  let parsed: {
    custom_id?: string;
    response?: { status_code?: number; body?: { choices?: { message?: { content?: string | null }; finish_reason?: string }[]; usage?: { prompt_tokens?: number; completion_tokens?: number } } };
    error?: unknown;
  };
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  const body = parsed.response?.body;
  const choice = body?.choices?.[0];
  if (!parsed.custom_id || parsed.error || (parsed.response?.status_code ?? 200) >= 300 || typeof choice?.message?.content !== "string") return undefined;
  return {
    key: parsed.custom_id,
    text: choice.message.content,
    usage: { promptTokens: body?.usage?.prompt_tokens ?? 0, completionTokens: body?.usage?.completion_tokens ?? 0 },
    ...(choice.finish_reason ? { finishReason: choice.finish_reason } : {}),
  };
}

/** Asks the provider to stop a job (Ctrl-C, when the user says so). */
export async function cancelBatch(client: OpenAI, id: string): Promise<void> {
  await client.batches.cancel(id);
}

/** What a provider batch job needs, and how the run shows it. */
export interface BatchJob {
  access: import("./provider.js").BatchAccess;
  /** Pick up this job instead of sending one (--batch-id). */
  resumeId?: string;
  pollMs: number;
  note(line: string): void;
  /** Asked on Ctrl-C while a job runs: cancel it on the provider? */
  confirmCancel(id: string): Promise<boolean>;
}

/**
 * Runs `collect` with a provider that asks nothing (each request it would make is noted, under the
 * cache, so only misses count), sends what was noted as one batch job, caches the answers, and
 * does it again for what those answers lead to, up to `rounds` times. A request sent once and not
 * answered (a failed line, an expired job) is left for the live run. The run that follows finds the
 * answers in the cache.
 */
export async function prefetchByBatch(
  inner: ChatProvider,
  job: BatchJob,
  rounds: number,
  signal: AbortSignal,
  collect: (provider: ChatProvider, meter: import("./types.js").UsageMeter) => Promise<void>,
): Promise<void> {
  const [{ CachingChatProvider }, { UsageMeter }, { createHash }] = await Promise.all([import("./cache.js"), import("./types.js"), import("node:crypto")]);
  const sent = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const collector = new CollectingProvider(inner.provider, inner.model, inner.endpoint);
    await collect(new CachingChatProvider(collector, job.access.cache), new UsageMeter()).catch(ignoreDeferred);
    for (const key of [...collector.requests.keys()]) if (sent.has(key)) collector.requests.delete(key);
    for (const key of collector.requests.keys()) sent.add(key);
    if (collector.requests.size === 0 && job.resumeId === undefined) {
      if (round === 0) job.note(t("batch.nothing"));
      return;
    }
    // The same requests give the same state file, so running the command again picks the job up.
    const digest = createHash("sha256").update([...collector.requests.keys()].sort().join("\n")).digest("hex").slice(0, 16);
    const stateFile = path.join(job.access.cache.dir, "batches", `${digest}.json`);
    let current: string | undefined = job.resumeId;
    let shown = "";
    try {
      const outcome = await runBatch(collector.requests, {
        client: await job.access.client(),
        cache: job.access.cache,
        endpoint: inner.endpoint,
        model: inner.model,
        stateFile,
        ...(job.resumeId ? { resumeId: job.resumeId } : {}),
        pollMs: job.pollMs,
        signal,
        context: job.access.context,
        onProgress: (p) => {
          // A line when something changed, not one per poll of a job that runs for hours.
          const line = t("batch.progress", { id: current ?? "…", ...p });
          if (line !== shown) job.note(line);
          shown = line;
        },
        onStarted: (id, resumed) => {
          current = id;
          job.note(resumed ? t("batch.resuming", { id }) : t("batch.sending", { id, requests: collector.requests.size, endpoint: inner.endpoint }));
        },
      });
      const { id, status, stored, failed, usage } = outcome;
      job.note(t("batch.done", { id, status, stored, failed, prompt: usage.promptTokens, completion: usage.completionTokens }));
    } catch (error) {
      if (signal.aborted && current) {
        if (await job.confirmCancel(current)) {
          await cancelBatch(await job.access.client(), current).catch(() => undefined);
          job.note(t("batch.cancelled", { id: current }));
        } else {
          job.note(t("batch.stillRunning", { id: current }));
        }
      }
      throw error;
    }
    job.resumeId = undefined;
  }
}
