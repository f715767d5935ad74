// 中文提示目录：与英文目录键一一对应（类型检查与 test/i18n/catalog.test.ts 保证）。
import type { Messages } from "../en/index.js";
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

// 在一次运行首次用到中文时才构建（src/i18n/index.ts）。
export function chineseMessages(): Messages {
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
