// The English message catalog: one object per area, joined here. Its shape is the type every other
// language's catalog must match (src/i18n/zh/index.ts), so a key missing there is a type error and
// test/i18n/catalog.test.ts fails.
import { batch } from "./batch.js";
import { check } from "./check.js";
import { cli } from "./cli.js";
import { common } from "./common.js";
import { doctor } from "./doctor.js";
import { draftQuality } from "./draft-quality.js";
import { draft } from "./draft.js";
import { facts } from "./facts.js";
import { form } from "./form.js";
import { init } from "./init.js";
import { judge } from "./judge.js";
import { llm } from "./llm.js";
import { org } from "./org.js";
import { output } from "./output.js";
import { provenance } from "./provenance.js";
import { read } from "./read.js";
import { readiness } from "./readiness.js";
import { report } from "./report.js";
import { revise } from "./revise.js";
import { score } from "./score.js";
import { util } from "./util.js";

// Built when a run first speaks English (src/i18n/index.ts), not at start: most runs speak one language.
export function englishMessages() {
  return {
    ...batch,
    ...check,
    ...cli,
    ...common,
    ...doctor,
    ...draftQuality,
    ...draft,
    ...facts,
    ...form,
    ...init,
    ...judge,
    ...llm,
    ...org,
    ...output,
    ...provenance,
    ...read,
    ...readiness,
    ...report,
    ...revise,
    ...score,
    ...util,
  };
}

export type Messages = ReturnType<typeof englishMessages>;
export type MessageKey = keyof Messages;
