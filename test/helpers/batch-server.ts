// The OpenAI Batch API on the local test server: POST /v1/files (multipart upload), POST
// /v1/batches, GET /v1/batches/:id (the job moves on one step per poll), GET /v1/files/:id/content
// and POST /v1/batches/:id/cancel. Each line of a job is answered by the server's chat handler, as
// a live request would be; a line can be made to fail, and a job can be made to expire part-way.
import type { ServerResponse } from "node:http";
import { startLlmServer, type ChatBody, type LlmHandler, type LlmServer, type RecordedRequest } from "./llm-server.js";

export interface BatchServerOptions {
  /** Polls a job spends in_progress before it ends (default 2). */
  pollsToFinish?: number;
  /** A line whose body this returns true for fails, with an error in the error file. */
  failLine?: (body: ChatBody) => boolean;
  /** The job expires after answering this many lines. */
  expireAfter?: number;
  /** The job fails validation outright. */
  rejectJob?: boolean;
}

interface Job {
  id: string;
  input: string;
  status: string;
  polls: number;
  counts: { total: number; completed: number; failed: number };
  output?: string;
  errors?: string;
  cancelled?: boolean;
}

export interface BatchServer extends LlmServer {
  jobs: Map<string, Job>;
  /** The lines of every uploaded input file, parsed. */
  uploadedLines(): { custom_id: string; body: ChatBody }[];
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
  return true;
}

function batchObject(job: Job) {
  return {
    id: job.id,
    object: "batch",
    endpoint: "/v1/chat/completions",
    input_file_id: `${job.id}-input`,
    completion_window: "24h",
    status: job.status,
    output_file_id: job.output !== undefined ? `${job.id}-output` : null,
    error_file_id: job.errors !== undefined ? `${job.id}-errors` : null,
    created_at: 0,
    request_counts: job.counts,
    errors: job.status === "failed" ? { object: "list", data: [{ code: "invalid_file", message: "the input file is not valid JSONL" }] } : null,
  };
}

/** The file part of a multipart/form-data upload. */
function uploadedFile(raw: Buffer, contentType: string | undefined): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? "");
  const text = raw.toString("utf8");
  if (!boundary) return text;
  const marker = `--${boundary[1] ?? boundary[2]}`;
  for (const part of text.split(marker)) {
    if (!/name="file"/.test(part)) continue;
    const start = part.indexOf("\r\n\r\n");
    return part.slice(start + 4).replace(/\r\n$/, "");
  }
  return "";
}

export async function startBatchServer(handler: LlmHandler, options: BatchServerOptions = {}): Promise<BatchServer> {
  const files = new Map<string, string>();
  const jobs = new Map<string, Job>();
  let counter = 0;

  async function answerLines(job: Job, answer: LlmHandler): Promise<void> {
    const out: string[] = [];
    const errors: string[] = [];
    const lines = job.input.split("\n").filter((l) => l.trim());
    for (const [index, line] of lines.entries()) {
      if (options.expireAfter !== undefined && index >= options.expireAfter) break;
      const { custom_id, body } = JSON.parse(line) as { custom_id: string; body: ChatBody };
      if (options.failLine?.(body)) {
        errors.push(JSON.stringify({ id: `r${index}`, custom_id, response: null, error: { code: "server_error", message: "line failed" } }));
        job.counts.failed++;
        continue;
      }
      const messages = body.messages ?? [];
      const lastUser = [...messages].reverse().find((m) => m.role === "user");
      const request = { method: "POST", path: "/v1/chat/completions", headers: {}, body, lastUser: typeof lastUser?.content === "string" ? lastUser.content : "", system: "", ended: Promise.resolve("completed" as const) } satisfies RecordedRequest;
      const reply = await answer(request);
      const text = typeof reply === "string" ? reply : reply.text ?? "";
      out.push(
        JSON.stringify({
          id: `r${index}`,
          custom_id,
          response: {
            status_code: 200,
            request_id: `req-${index}`,
            body: { id: `chatcmpl-b${index}`, object: "chat.completion", model: body.model, choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } },
          },
          error: null,
        }),
      );
      job.counts.completed++;
    }
    job.output = out.join("\n") + (out.length ? "\n" : "");
    if (errors.length) job.errors = errors.join("\n") + "\n";
    job.status = options.expireAfter !== undefined && options.expireAfter < lines.length ? "expired" : "completed";
  }

  const server = (await startLlmServer(handler, {
    extraRoutes: async (request, raw, res, answer) => {
      const { method, path } = request;
      if (method === "POST" && path.endsWith("/files")) {
        const id = `file-${++counter}`;
        files.set(id, uploadedFile(raw, request.headers["content-type"]));
        return json(res, 200, { id, object: "file", bytes: raw.length, created_at: 0, filename: "batch.jsonl", purpose: "batch", status: "processed" });
      }
      if (method === "POST" && path.endsWith("/batches")) {
        const body = JSON.parse(raw.toString("utf8")) as { input_file_id: string };
        const input = files.get(body.input_file_id);
        if (input === undefined) return json(res, 404, { error: { message: "no such file", type: "invalid_request_error" } });
        const id = `batch_${++counter}`;
        const total = input.split("\n").filter((l) => l.trim()).length;
        const job: Job = { id, input, status: "validating", polls: 0, counts: { total, completed: 0, failed: 0 } };
        jobs.set(id, job);
        return json(res, 200, batchObject(job));
      }
      const cancel = /\/batches\/([^/]+)\/cancel$/.exec(path);
      if (method === "POST" && cancel) {
        const job = jobs.get(cancel[1]!);
        if (!job) return json(res, 404, { error: { message: "no such batch" } });
        job.cancelled = true;
        job.status = "cancelled";
        return json(res, 200, batchObject(job));
      }
      const retrieve = /\/batches\/([^/]+)$/.exec(path);
      if (method === "GET" && retrieve) {
        const job = jobs.get(retrieve[1]!);
        if (!job) return json(res, 404, { error: { message: "no such batch", type: "invalid_request_error" } });
        if (!["completed", "failed", "expired", "cancelled"].includes(job.status)) {
          job.polls++;
          if (options.rejectJob) job.status = "failed";
          else if (job.polls >= (options.pollsToFinish ?? 2)) await answerLines(job, answer);
          else job.status = "in_progress";
        }
        return json(res, 200, batchObject(job));
      }
      const content = /\/files\/([^/]+)\/content$/.exec(path);
      if (method === "GET" && content) {
        const [jobId, kind] = [content[1]!.replace(/-(output|errors)$/, ""), content[1]!.endsWith("-errors") ? "errors" : "output"];
        const job = jobs.get(jobId);
        const text = kind === "errors" ? job?.errors : job?.output;
        if (text === undefined) return json(res, 404, { error: { message: "no such file" } });
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end(text);
        return true;
      }
      return false;
    },
  })) as BatchServer;
  server.jobs = jobs;
  server.uploadedLines = () =>
    [...files.values()].flatMap((text) => text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { custom_id: string; body: ChatBody }));
  return server;
}
