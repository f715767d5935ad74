// English messages of drafting (src/draft/, src/commands/draft.ts): errors and progress, never proposal text.
const sections = (n: number) => `${n} finished section${n === 1 ? "" : "s"}`;

export const draft = {
  // src/draft/writers.ts: why a model's answer for a section is not kept.
  "draft.cutOff": "was cut off at the model's length limit",
  "draft.contentFilter": "was stopped by the provider's content filter",
  "draft.onlyReasoning": "held only unfinished reasoning, no answer",
  "draft.noText": "held no text",
  "draft.englishNotChinese": "was written in English instead of Chinese",
  "draft.chineseNotEnglish": "was written in Chinese instead of English",
  "draft.runawayZh": (p: { length: number; factor: number; max: number }) =>
    `was ${p.length} Chinese characters long, more than ${p.factor} times the ${p.max} asked for`,
  "draft.runawayEn": (p: { length: number; factor: number; max: number }) => `was ${p.length} words long, more than ${p.factor} times the ${p.max} asked for`,
  // src/draft/thin-answer.ts: an answer that is there but is no section.
  "draft.thinRefusal": (p: { opening: string }) => `declined to write the section ("${p.opening}")`,
  "draft.thinEmpty": (p: { opening: string }) => `had none of the section's text ("${p.opening}")`,
  "draft.thinShortZh": (p: { length: number; min: number; max: number }) =>
    `was only ${p.length} Chinese characters, far below the ${p.min}–${p.max} asked for`,
  "draft.thinShortEn": (p: { length: number; min: number; max: number }) => `was only ${p.length} words, far below the ${p.min}–${p.max} asked for`,
  "draft.badTwice": (p: { endpoint: string; model: string; heading: string; reason: string }) =>
    `${p.endpoint}: model "${p.model}": the answer for the section "${p.heading}" ${p.reason}, twice; run the draft again with --resume, or choose another model`,
  "draft.noTemplate": (p: { id: string; language: string; kind: string }) => `no template for section "${p.id}" in a ${p.language} ${p.kind} proposal`,
  // src/commands/draft.ts
  "draft.cannotWriteIn": (p: { output: string; folder: string; code: string }) =>
    `${p.output}: cannot write in ${p.folder} (${p.code}); choose a writable folder with -o FILE`,
  "draft.locked": (p: { output: string; pid: number }) =>
    `${p.output}: another grantsmith draft (process ${p.pid}) is writing this file; wait for it to finish, or choose another file with -o FILE`,
  "draft.oneOutput": (p: { output: string; n: number }) =>
    `-o ${p.output}: one output file cannot hold ${p.n} drafts; leave out -o to write each beside its facts file`,
  "draft.offlineWins": (p: { provider: string }) => `note: --offline wins over --provider ${p.provider}; no model is called`,
  "draft.materialSent": (p: { path: string; chars: number; endpoint: string }) =>
    `note: material "${p.path}" (${p.chars} characters) is sent to ${p.endpoint}`,
  "draft.retrying": (p: { heading: string; reason: string }) => `note: the answer for "${p.heading}" ${p.reason}; asking once more`,
  "draft.thinKept": (p: { heading: string; reason: string }) =>
    `warning: the answer for "${p.heading}" ${p.reason}, even when asked again; it is kept as drafted: rewrite the section before submitting`,
  "draft.thinSummary": (p: { n: number; total: number; headings: string }) =>
    `warning: ${p.n} of ${p.total} sections came back thin (${p.headings}); rewrite them before submitting: edit them by hand, or draft again with --no-cache or another model`,
  "draft.progress": (p: { label: string; done: number; total: number }) => `${p.label}${p.done}/${p.total} sections`,
  "draft.writing": (p: { headings: string }) => ` · writing ${p.headings}`,
  "draft.interruptedEarlier": (p: { file: string; n: number }) =>
    `note: an interrupted draft of ${p.file} has ${p.n} finished sections; pass --resume to reuse them instead of writing them again`,
  "draft.kept": (p: { n: number }) => `kept ${sections(p.n)}; run the same command with --resume to write only the rest`,
  "draft.rewritten": (p: { again: number; saved: number }) =>
    `note: ${p.again} of the ${p.saved} sections saved by the interrupted draft were written again: their facts, prompts or model changed since`,
  "draft.resumed": (p: { n: number }) => ` (${p.n} resumed)`,
  "draft.wrote": (p: { file: string; n: number; resumed: string }) => `wrote ${p.file}: ${p.n} sections${p.resumed}`,
};
