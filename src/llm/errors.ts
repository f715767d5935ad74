// Turns whatever the openai SDK (or the network under it) throws into one line that names the
// endpoint and says what to do, as an EndpointError (exit 3). The key never reaches a message.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "openai";
import { EndpointError, InterruptedError, UserError } from "../errors.js";

export interface EndpointContext {
  /** Base URL as configured. */
  endpoint: string;
  model: string;
  /** Where the key came from ("DASHSCOPE_API_KEY"), for the 401 advice. */
  apiKeySource?: string;
  /** Secrets to scrub from any text that reaches a message. */
  secrets: readonly (string | undefined)[];
  timeoutMs: number;
  maxRetries: number;
  /** Answers that arrived whole so far: a lost connection after some is not a wrong base URL. */
  answered?: number;
}

// In a module of its own, so that commands that only print an endpoint do not load the SDK.
import { safeEndpoint } from "./endpoint-url.js";
export { safeEndpoint };

/** Removes secrets and anything that looks like a bearer token or an sk- key from text. */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 ***")
    .replace(/\bsk-[A-Za-z0-9_*.-]{6,}/g, "sk-***");
}

/** The server's own explanation, scrubbed, on one line, not too long. */
function serverMessage(error: APIError, ctx: EndpointContext): string {
  const body = error.error as { message?: unknown } | undefined;
  let text = typeof body?.message === "string" ? body.message : error.message;
  text = text.replace(/^\d{3}\s+/, "");
  // A proxy's HTML error page (nginx's 502): its title says it all.
  if (/<(!doctype\s+html|html|head|body|title)\b/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    text = title ? `an HTML page titled "${title}"` : "an HTML page, not an API answer";
  }
  text = scrubSecrets(text, ctx.secrets).replace(/\s+/g, " ").trim();
  if (text.length > 200) text = `${text.slice(0, 197)}...`;
  return text;
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z_]+$|^UND_ERR/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function retried(ctx: EndpointContext): string {
  return ctx.maxRetries > 0 ? ` after ${ctx.maxRetries} ${ctx.maxRetries === 1 ? "retry" : "retries"}` : "";
}

/**
 * Maps any error from a model call to a UserError: InterruptedError for an abort, EndpointError
 * (one line, exit 3) for everything else. UserErrors pass through untouched.
 */
export function toEndpointError(error: unknown, ctx: EndpointContext): UserError {
  if (error instanceof UserError) return error;
  const at = safeEndpoint(ctx.endpoint);
  const seconds = Math.round(ctx.timeoutMs / 100) / 10;
  // Specific classes first: the timeout is a connection error, and every one of them is an APIError.
  if (error instanceof APIUserAbortError) return new InterruptedError();
  if (error instanceof APIConnectionTimeoutError) {
    return new EndpointError(`the model endpoint ${at} did not answer within ${seconds}s${retried(ctx)}; check that it is up, or raise --timeout`);
  }
  if (error instanceof APIConnectionError) {
    const code = causeCode(error);
    const why = code === "ECONNREFUSED" ? "connection refused" : code === "ENOTFOUND" ? "host not found" : (code ?? "connection failed");
    if ((ctx.answered ?? 0) > 0) {
      return new EndpointError(
        `lost the connection to the model endpoint ${at} (${why}) after ${ctx.answered} answer${ctx.answered === 1 ? "" : "s"} had arrived; check that it is still up (an interrupted draft finishes with --resume)`,
      );
    }
    return new EndpointError(
      `cannot reach the model endpoint ${at} (${why}); check the base URL and that the server is running, or use --offline`,
    );
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    const variable = ctx.apiKeySource ? `check ${ctx.apiKeySource}` : "set an API key (GRANTSMITH_API_KEY or --api-key-env NAME)";
    // The server's text is left out on purpose: some echo part of the key.
    return new EndpointError(`the model endpoint ${at} refused the API key (${error.status}); ${variable} and that it is valid for this endpoint`);
  }
  if (error instanceof NotFoundError) {
    return new EndpointError(
      `model "${ctx.model}" was not found at ${at} (404); check --model (GET ${at}/models lists the models) and that the base URL ends in the API path, e.g. /v1`,
    );
  }
  if (error instanceof RateLimitError) {
    const message = serverMessage(error, ctx);
    const quota = /quota|balance|billing|insufficient/i.test(`${message} ${error.code ?? ""}`);
    return new EndpointError(
      quota
        ? `the model endpoint ${at} refused the request: quota or balance exhausted (429); check the account's billing`
        : `the model endpoint ${at} is rate limiting (429)${retried(ctx)}; wait a minute, lower --concurrency, or check the account's limits`,
    );
  }
  if (error instanceof InternalServerError) {
    return new EndpointError(`the model endpoint ${at} failed with a server error (${error.status})${retried(ctx)}: ${serverMessage(error, ctx)}; try again later`);
  }
  if (error instanceof BadRequestError || error instanceof UnprocessableEntityError) {
    return new EndpointError(`the model endpoint ${at} rejected the request (${error.status}): ${serverMessage(error, ctx)}; check --model and the endpoint's options`);
  }
  if (error instanceof APIError) {
    if (error.status === undefined) {
      // An error event inside a stream that had already started.
      return new EndpointError(`the model endpoint ${at} reported an error mid-answer: ${serverMessage(error, ctx)}; try again`);
    }
    return new EndpointError(`the model endpoint ${at} answered ${error.status}: ${serverMessage(error, ctx)}`);
  }
  // Below the SDK: a socket closed mid-stream ("terminated"), a body that is not JSON, …
  const text = scrubSecrets(error instanceof Error ? error.message : String(error), ctx.secrets).replace(/\s+/g, " ").trim();
  const code = causeCode(error);
  return new EndpointError(`lost the connection to the model endpoint ${at} mid-answer (${code ?? (text || "unknown error")}); try again`);
}
