// Messages of provider batch jobs (score --judge --batch).
export const batch = {
  "batch.jobFailed": (p: { id: string; why: string }) => `the batch job ${p.id} failed on the provider (${p.why}); run without --batch to ask live`,
  "batch.needsJudge": "--batch sends the judge's questions as one provider batch job: use it with --judge",
  "batch.needsCache": "--batch hands the job's answers to the run through the response cache, which is off (--no-cache or GRANTSMITH_CACHE=none); turn it on",
  "batch.idNeedsBatch": "--batch-id picks up a batch job: use it with --batch",
  "batch.pollNeedsBatch": "--poll-interval sets how often a batch job is checked: use it with --batch",
  "batch.needsModel": "--batch sends the sections to a model provider's batch engine, but this draft is offline; configure a model or leave out --batch",
  "batch.sending": (p: { id: string; requests: number; endpoint: string }) => `batch: sent ${p.requests} requests to ${p.endpoint} as job ${p.id}`,
  "batch.resuming": (p: { id: string }) => `batch: picking up job ${p.id}`,
  "batch.progress": (p: { id: string; status: string; completed: number; failed: number; total: number }) =>
    `batch ${p.id}: ${p.status}, ${p.completed} of ${p.total} answered${p.failed > 0 ? `, ${p.failed} failed` : ""}`,
  "batch.done": (p: { id: string; status: string; stored: number; failed: number; prompt: number; completion: number }) =>
    `batch ${p.id} ${p.status}: ${p.stored} answers cached${p.failed > 0 ? `, ${p.failed} to ask live` : ""}; tokens ${p.prompt} prompt + ${p.completion} completion`,
  "batch.nothing": "batch: every question is answered in the cache already; no job sent",
  "batch.stillRunning": (p: { id: string }) =>
    `batch job ${p.id} is still running on the provider; run the same command again to pick it up (or with --batch-id ${p.id})`,
  "batch.cancelAsk": (p: { id: string }) => `cancel batch job ${p.id} on the provider? [y/N] `,
  "batch.cancelled": (p: { id: string }) => `batch job ${p.id}: cancel requested`,
};
