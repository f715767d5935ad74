// One section rewritten by the model: protect the program's blocks, ask, tidy the answer, put the
// blocks back. A reply that cannot be used (empty, cut off, unchanged) is a rejected attempt with its
// reason, not a failure of the run; endpoint errors and Ctrl-C propagate.
import { sectionSpec, type SectionId } from "../draft/plan.js";
import { programTableHeaders } from "../draft/program-tables.js";
import { projectBrief } from "../draft/prompt-facts.js";
import type { LoadedFacts } from "../facts/load.js";
import type { Improvement } from "../score/types.js";
import { cleanProseAnswer } from "../llm/answer.js";
import type { ChatProvider, UsageMeter } from "../llm/types.js";
import { protectBlocks, restoreBlocks } from "./blocks.js";
import { buildReviseMessages, sectionFacts, type ReviseTemplates } from "./prompt.js";
import { bodyLines, type RewritableSection } from "./sections.js";
import { t } from "../i18n/index.js";

/** Low: a rewrite should stay with the facts and the findings. */
export const REVISE_TEMPERATURE = 0.3;

export type RewriteAttempt =
  | { ok: true; body: string; /** Markers the model dropped, whose blocks went back at the end. */ dropped: string[] }
  | { ok: false; reason: string };

export interface RewriteRequest {
  provider: ChatProvider;
  templates: ReviseTemplates;
  facts: LoadedFacts;
  /** The proposal as it stands. */
  text: string;
  section: RewritableSection;
  findings: Improvement[];
  meter: UsageMeter;
  signal: AbortSignal;
  /** The most the funder's form allows for this section, as the prompt states it. */
  limit?: string;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

export async function rewriteSection(request: RewriteRequest): Promise<RewriteAttempt> {
  const { section, templates, facts } = request;
  const { lines, firstLine } = bodyLines(request.text, section);
  const current = lines.join("\n");
  const shielded = protectBlocks(lines, firstLine);
  const messages = buildReviseMessages(templates, {
    kind: facts.facts.kind,
    heading: section.heading,
    body: shielded.text,
    markers: shielded.blocks.map((b) => b.marker),
    findings: request.findings.map((f) => ({ message: f.message, suggestion: f.suggestion, points: f.points })),
    factsYaml: sectionFacts(facts, section.id),
    brief: projectBrief(facts),
    locale: facts.facts.derived.locale,
    limit: request.limit,
  });
  const result = await request.provider.chat({ messages, temperature: REVISE_TEMPERATURE, signal: request.signal });
  request.meter.record(result);
  if (result.finishReason === "length") {
    return { ok: false, reason: t("revise.cutOff") };
  }
  if (result.finishReason === "content_filter") return { ok: false, reason: t("revise.contentFilter") };
  // A rewrite that draws one of the program's tables again repeats the facts; its copy goes.
  const spec = sectionSpec(facts.facts.kind, section.id as SectionId);
  const programTables = programTableHeaders(facts.facts.language, spec?.tables);
  const answer = cleanProseAnswer(result.text, section.heading, { programTables });
  if (answer.unclosedReasoning) return { ok: false, reason: t("revise.onlyReasoning") };
  const cleaned = answer.text;
  if (!cleaned) return { ok: false, reason: t("revise.noText") };
  const restored = restoreBlocks(cleaned, shielded.blocks);
  if (normalise(restored.text) === normalise(current)) return { ok: false, reason: t("revise.unchanged") };
  return { ok: true, body: restored.text, dropped: restored.dropped };
}
