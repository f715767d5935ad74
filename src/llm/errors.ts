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
import { t } from "../i18n/index.js";

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
    text = title ? t("llm.htmlPageTitled", { title }) : t("llm.htmlPage");
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
    return new EndpointError(t("llm.timeout", { at, seconds, retries: ctx.maxRetries }));
  }
  if (error instanceof APIConnectionError) {
    const code = causeCode(error);
    const why = code === "ECONNREFUSED" ? t("llm.connectionRefused") : code === "ENOTFOUND" ? t("llm.hostNotFound") : (code ?? t("llm.connectionFailed"));
    if ((ctx.answered ?? 0) > 0) {
      return new EndpointError(t("llm.lostAfterAnswers", { at, why, answered: ctx.answered ?? 0 }));
    }
    return new EndpointError(t("llm.unreachable", { at, why }));
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    const advice = ctx.apiKeySource ? t("llm.checkKeyVariable", { variable: ctx.apiKeySource }) : t("llm.setApiKey");
    // The server's text is left out on purpose: some echo part of the key.
    return new EndpointError(t("llm.keyRefused", { at, status: error.status, advice }));
  }
  if (error instanceof NotFoundError) {
    return new EndpointError(t("llm.modelNotFound", { at, model: ctx.model }));
  }
  if (error instanceof RateLimitError) {
    const message = serverMessage(error, ctx);
    const quota = /quota|balance|billing|insufficient/i.test(`${message} ${error.code ?? ""}`);
    return new EndpointError(quota ? t("llm.quota", { at }) : t("llm.rateLimited", { at, retries: ctx.maxRetries }));
  }
  if (error instanceof InternalServerError) {
    return new EndpointError(t("llm.serverError", { at, status: error.status, retries: ctx.maxRetries, message: serverMessage(error, ctx) }));
  }
  if (error instanceof BadRequestError || error instanceof UnprocessableEntityError) {
    return new EndpointError(t("llm.rejected", { at, status: error.status, message: serverMessage(error, ctx) }));
  }
  if (error instanceof APIError) {
    if (error.status === undefined) {
      // An error event inside a stream that had already started.
      return new EndpointError(t("llm.errorMidAnswer", { at, message: serverMessage(error, ctx) }));
    }
    return new EndpointError(t("llm.answeredStatus", { at, status: error.status, message: serverMessage(error, ctx) }));
  }
  // Below the SDK: a socket closed mid-stream ("terminated"), a body that is not JSON, …
  const text = scrubSecrets(error instanceof Error ? error.message : String(error), ctx.secrets).replace(/\s+/g, " ").trim();
  const code = causeCode(error);
  return new EndpointError(t("llm.lostMidAnswer", { at, why: code ?? (text || t("llm.unknownError")) }));
}
