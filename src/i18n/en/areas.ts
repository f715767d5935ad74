// The areas of the English catalog, one file each: the one list of them (index.ts joins them; so
// does the build, scripts/join-catalogs.js, in this order). A new area is a file and a line here.
export { batch } from "./batch.js";
export { check } from "./check.js";
export { cli } from "./cli.js";
export { common } from "./common.js";
export { doctor } from "./doctor.js";
export { draftQuality } from "./draft-quality.js";
export { draft } from "./draft.js";
export { facts } from "./facts.js";
export { form } from "./form.js";
export { init } from "./init.js";
export { judge } from "./judge.js";
export { llm } from "./llm.js";
export { org } from "./org.js";
export { output } from "./output.js";
export { provenance } from "./provenance.js";
export { read } from "./read.js";
export { readiness } from "./readiness.js";
export { report } from "./report.js";
export { revise } from "./revise.js";
export { score } from "./score.js";
export { util } from "./util.js";
