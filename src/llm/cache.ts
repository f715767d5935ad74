// Model responses cached on disk, keyed by a hash of everything that shapes the answer, so running
// the same draft, judge or revise again makes no request.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ChatProvider, ChatRequest, ChatResult, TokenUsage } from "./types.js";

const FORMAT_VERSION = 1;
/** The version of a cache entry, for writers other than the caching provider (batch jobs). */
export const CACHE_FORMAT_VERSION = FORMAT_VERSION;

/** Responses are cached in the responses folder of grantsmith's cache (see util/cache-dir.ts). */
export { cacheDir } from "../util/cache-dir.js";

interface CacheEntry {
  version: number;
  endpoint: string;
  model: string;
  text: string;
  usage: TokenUsage;
  finishReason?: string;
  createdAt: string;
}

/** sha256 of (endpoint, model, messages, parameters); callbacks and signals do not shape the answer. */
export function cacheKey(endpoint: string, model: string, request: ChatRequest): string {
  const material = {
    v: FORMAT_VERSION,
    endpoint,
    model,
    messages: request.messages.map((m) => [m.role, m.content]),
    temperature: request.temperature ?? null,
    seed: request.seed ?? null,
    maxTokens: request.maxTokens ?? null,
    jsonSchema: request.jsonSchema ?? null,
  };
  return createHash("sha256").update(JSON.stringify(material)).digest("hex");
}

export class ResponseCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, "responses", key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.file(key), "utf8")) as Partial<CacheEntry>;
      if (entry.version !== FORMAT_VERSION || typeof entry.text !== "string" || !entry.usage) return undefined;
      return entry as CacheEntry;
    } catch {
      // Missing, unreadable or half-written by another tool: a miss, never a failure.
      return undefined;
    }
  }

  /** Atomic: a reader sees the whole entry or none. A cache that cannot be written is skipped. */
  async set(key: string, entry: CacheEntry): Promise<void> {
    const target = this.file(key);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await mkdir(join(this.dir, "responses", key.slice(0, 2)), { recursive: true });
      await writeFile(temp, JSON.stringify(entry), "utf8");
      await rename(temp, target);
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** Removes every cached response; says how many and how many bytes. */
  async clear(): Promise<{ files: number; bytes: number }> {
    const root = join(this.dir, "responses");
    let files = 0;
    let bytes = 0;
    let shards: string[];
    try {
      shards = await readdir(root);
    } catch {
      return { files, bytes };
    }
    for (const shard of shards) {
      let names: string[] = [];
      try {
        names = await readdir(join(root, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        if (!name.endsWith(".json")) continue;
        try {
          bytes += (await stat(join(root, shard, name))).size;
          files++;
        } catch {
          // Gone already.
        }
      }
    }
    await rm(root, { recursive: true, force: true });
    return { files, bytes };
  }
}

/** Wraps a provider: answers from the cache when it can, stores every complete fresh answer. */
export class CachingChatProvider implements ChatProvider {
  readonly provider: string;
  readonly model: string;
  readonly endpoint: string;

  constructor(
    private readonly inner: ChatProvider,
    readonly cache: ResponseCache,
  ) {
    this.provider = inner.provider;
    this.model = inner.model;
    this.endpoint = inner.endpoint;
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    const key = cacheKey(this.endpoint, this.model, request);
    const hit = await this.cache.get(key);
    if (hit) {
      // Progress displays count streamed text; give them the whole answer at once.
      if (hit.text) request.onDelta?.(hit.text);
      return { text: hit.text, usage: hit.usage, cached: true, finishReason: hit.finishReason };
    }
    const result = await this.inner.chat(request);
    // An answer cut off by a length limit or a content filter is not worth keeping: asking again
    // must reach the model.
    if (!result.cached && result.finishReason !== "length" && result.finishReason !== "content_filter") {
      await this.cache.set(key, {
        version: FORMAT_VERSION,
        endpoint: this.endpoint,
        model: this.model,
        text: result.text,
        usage: result.usage,
        finishReason: result.finishReason,
        createdAt: new Date().toISOString(),
      });
    }
    return result;
  }
}
