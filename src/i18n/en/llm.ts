// English messages of the model layer (src/llm/): endpoint failures, settings, the session's lines.
const retried = (n: number) => (n > 0 ? ` after ${n} ${n === 1 ? "retry" : "retries"}` : "");
// A count with thousands separators, as toLocaleString("en-US") writes a whole number, without
// building an ICU formatter after the last stream (catalogs import nothing at run time).
const n = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : v.toLocaleString("en-US"));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const llm = {
  // src/llm/errors.ts: one line per failure of a model call (exit 3).
  "llm.htmlPageTitled": (p: { title: string }) => `an HTML page titled "${p.title}"`,
  "llm.htmlPage": "an HTML page, not an API answer",
  "llm.connectionRefused": "connection refused",
  "llm.hostNotFound": "host not found",
  "llm.connectionFailed": "connection failed",
  "llm.timeout": (p: { at: string; seconds: number; retries: number }) =>
    `the model endpoint ${p.at} did not answer within ${p.seconds}s${retried(p.retries)}; check that it is up, or raise --timeout`,
  "llm.lostAfterAnswers": (p: { at: string; why: string; answered: number }) =>
    `lost the connection to the model endpoint ${p.at} (${p.why}) after ${plural(p.answered, "answer", "answers")} had arrived; check that it is still up (an interrupted draft finishes with --resume)`,
  "llm.unreachable": (p: { at: string; why: string }) =>
    `cannot reach the model endpoint ${p.at} (${p.why}); check the base URL and that the server is running, or use --offline`,
  "llm.checkKeyVariable": (p: { variable: string }) => `check ${p.variable}`,
  "llm.setApiKey": "set an API key (GRANTSMITH_API_KEY or --api-key-env NAME)",
  "llm.keyRefused": (p: { at: string; status: number | string; advice: string }) =>
    `the model endpoint ${p.at} refused the API key (${p.status}); ${p.advice} and that it is valid for this endpoint`,
  "llm.modelNotFound": (p: { at: string; model: string }) =>
    `model "${p.model}" was not found at ${p.at} (404); check --model (GET ${p.at}/models lists the models) and that the base URL ends in the API path, e.g. /v1`,
  "llm.quota": (p: { at: string }) => `the model endpoint ${p.at} refused the request: quota or balance exhausted (429); check the account's billing`,
  "llm.rateLimited": (p: { at: string; retries: number }) =>
    `the model endpoint ${p.at} is rate limiting (429)${retried(p.retries)}; wait a minute, lower --concurrency, or check the account's limits`,
  "llm.serverError": (p: { at: string; status: number | string; retries: number; message: string }) =>
    `the model endpoint ${p.at} failed with a server error (${p.status})${retried(p.retries)}: ${p.message}; try again later`,
  "llm.rejected": (p: { at: string; status: number | string; message: string }) =>
    `the model endpoint ${p.at} rejected the request (${p.status}): ${p.message}; check --model and the endpoint's options`,
  "llm.errorMidAnswer": (p: { at: string; message: string }) => `the model endpoint ${p.at} reported an error mid-answer: ${p.message}; try again`,
  "llm.answeredStatus": (p: { at: string; status: number | string; message: string }) => `the model endpoint ${p.at} answered ${p.status}: ${p.message}`,
  "llm.unknownError": "unknown error",
  "llm.lostMidAnswer": (p: { at: string; why: string }) => `lost the connection to the model endpoint ${p.at} mid-answer (${p.why}); try again`,
  // src/llm/client.ts: what a stream did wrong.
  "llm.answerTooLarge": (p: { at: string; thousands: number }) =>
    `the model endpoint ${p.at} sent an answer over ${p.thousands} K characters, twice; nothing of it was kept; check --model, or lower the section's length`,
  "llm.malformedStream": (p: { at: string }) =>
    `the model endpoint ${p.at} sent a malformed event stream (an event that is not JSON); check the base URL and that the server speaks the OpenAI chat-completions protocol`,
  "llm.droppedMidAnswer": (p: { at: string }) => `the model endpoint ${p.at} dropped the connection in the middle of an answer; try again`,
  "llm.notAStream": (p: { at: string }) =>
    `the model endpoint ${p.at} answered, but not with an OpenAI-compatible stream; check the base URL (it usually ends in /v1 or the provider's compatible-mode path)`,
  "llm.cutOff": (p: { at: string }) => `the model endpoint ${p.at} ended the answer before it was complete (the stream was cut off); try again`,
  "llm.stalled": (p: { at: string; seconds: number }) =>
    `the model endpoint ${p.at} stopped sending for ${p.seconds}s in the middle of an answer; check that it is up, or raise --timeout`,
  // src/llm/config.ts and config-file.ts: settings that cannot be used (exit 2).
  "llm.unknownProvider": (p: { where: string; names: string }) => `${p.where}: unknown provider; use one of ${p.names}`,
  "llm.notAURL": (p: { source: string; url: string }) => `${p.source}: base URL "${p.url}" is not a URL; expected e.g. http://127.0.0.1:11434/v1`,
  "llm.notHttp": (p: { source: string; url: string }) => `${p.source}: base URL "${p.url}" must start with http:// or https://`,
  "llm.expectedRetries": (p: { setting: string }) => `${p.setting}: expected a whole number from 0 to 10`,
  "llm.expectedSeconds": (p: { setting: string }) => `${p.setting}: expected a positive number of seconds`,
  "llm.keyVariableIsSet": (p: { variable: string }) => `${p.variable} is set`,
  "llm.badOllamaHost": (p: { value: string }) => `OLLAMA_HOST=${p.value}: not a host or URL; expected e.g. 127.0.0.1:11434`,
  "llm.customNeedsBaseURL": "the custom provider needs a base URL: pass --base-url URL (e.g. http://127.0.0.1:8000/v1) or set GRANTSMITH_BASE_URL",
  "llm.noModel": (p: { baseURL: string }) => `no model named for ${p.baseURL}: pass --model NAME or set GRANTSMITH_MODEL`,
  "llm.keyVariableUnset": (p: { namedIn: string; name: string }) =>
    `${p.namedIn} names the API key variable ${p.name}, but ${p.name} is not set; set it or remove the setting`,
  "llm.needsKey": (p: { label: string; keyEnv: string }) =>
    `${p.label} needs an API key: set ${p.keyEnv} (or GRANTSMITH_API_KEY, or pass --api-key-env NAME), or use --offline`,
  "llm.cannotReadConfig": (p: { file: string; code: string }) => `${p.file}: cannot read the config file: ${p.code}`,
  "llm.noConfigFile": (p: { setting: string }) => `GRANTSMITH_CONFIG=${p.setting}: no such file; set it to a config file, or to none`,
  // src/llm/provider.ts and session.ts: the lines a run with a model (or without one) prints.
  "llm.howToConfigure":
    "pass --provider dashscope with DASHSCOPE_API_KEY set (or openai/deepseek with their key), " +
    "--provider ollama --model qwen2.5:7b for a local Ollama, or --base-url URL --model NAME for any OpenAI-compatible server",
  "llm.offlineInSetting": (p: { source: string }) => `provider offline in ${p.source}`,
  "llm.offlineBecause": (p: { setting: string }) => `offline (${p.setting}): no model is called`,
  "llm.offlineUnconfigured": (p: { how: string }) => `offline: no model endpoint is configured; to use a model, ${p.how}`,
  "llm.usingModel": (p: { model: string; provider: string; endpoint: string }) => `using model ${p.model} on ${p.provider} (${p.endpoint})`,
  "llm.chosenBecause": (p: { because: string }) => `chosen because ${p.because}; --provider picks another`,
  "llm.cacheOff": "cache off",
  // src/llm/answer.ts: what cleaning took out of the model's answers.
  "llm.removed": (p: { parts: string }) => `cleaned from the model's answers: ${p.parts}`,
  "llm.removedReasoning": (p: { n: number }) => plural(p.n, "reasoning block", "reasoning blocks"),
  "llm.removedPreambles": (p: { n: number }) => plural(p.n, "preamble", "preambles"),
  "llm.removedClosings": (p: { n: number }) => plural(p.n, "closing remark", "closing remarks"),
  "llm.removedFences": (p: { n: number }) => plural(p.n, "code fence", "code fences"),
  "llm.removedHeadings": (p: { n: number }) => plural(p.n, "repeated heading", "repeated headings"),
  "llm.removedTables": (p: { n: number }) => plural(p.n, "repeated program table", "repeated program tables"),
  "llm.interruptedBy": (p: { signal: string }) => `interrupted by ${p.signal}`,
  "llm.usageLine": (p: { requests: number; prompt: number; completion: number; hits: number }) =>
    `model usage: ${n(p.requests)} request${p.requests === 1 ? "" : "s"}, ${n(p.prompt)} prompt + ${n(p.completion)} completion tokens, ${n(p.hits)} cache hit${p.hits === 1 ? "" : "s"}`,
};
