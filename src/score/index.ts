// The scorer's public API.
export { scoreText, scoreTextWith, scoreProposal, detectKind, gradeFor, type ScoreOptions } from "./engine.js";
export { resolveRubric, loadRubricFile, listBuiltinRubrics, builtinRubricIds, parseRubric, type Rubric, type Kind } from "./rubric/rubric.js";
export { rubricJsonSchema, rubricSchema } from "./rubric/schema.js";
export { applyGate, summarize, errorResult } from "./gate.js";
export { scorePaths, type BatchOptions } from "./batch/batch.js";
export type * from "./types.js";
