// The LLM judge: one rubric criterion in, a validated verdict (or the reason there is none) out.
export { DEFAULT_JUDGE_SEED, judgeCriterion, MAX_JUDGE_SAMPLES, median, type JudgeInput, type JudgeOptions, type JudgeOutcome } from "./judge.js";
export { boundaryToken, buildJudgeMessages, loadJudgeTemplates, neutraliseBoundaries } from "./prompt.js";
export { extractVerdict, verdictJsonSchema, verdictSchema, type JudgeScale, type Verdict } from "./verdict.js";
