// The two ways a section's narrative is written: by a model from the rendered prompts, or offline
// from the facts by the built-in sentence templates. Both write the narrative only; tables come
// from the document template.
import { createHash } from "node:crypto";
import { EndpointError } from "../errors.js";
import type { LoadedFacts } from "../facts/load.js";
import type { ChatMessage, ChatProvider, UsageMeter } from "../llm/types.js";
import { cleanSectionText } from "./clean.js";
import type { SectionWriter } from "./generate.js";
import type { SectionSpec } from "./plan.js";
import type { CompiledTemplates } from "./templates.js";
import { projectBrief, sectionFactsYaml, type View } from "./view.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export function offlineWriter(templates: CompiledTemplates, view: View): SectionWriter {
  return {
    fingerprint: (spec) => `offline:${sha256(templates.renderOfflineSection(spec.id, view))}`,
    write: async (spec, signal) => {
      signal.throwIfAborted();
      return templates.renderOfflineSection(spec.id, view).trim();
    },
  };
}

/** Drafting temperature: low enough to stay with the facts, high enough to read naturally. */
export const DRAFT_TEMPERATURE = 0.4;

export function sectionMessages(
  templates: CompiledTemplates,
  view: View,
  loaded: LoadedFacts,
  spec: SectionSpec,
): ChatMessage[] {
  const extra = {
    factsYaml: sectionFactsYaml(loaded, spec),
    brief: projectBrief(loaded),
    materials: spec.materials ? loaded.materials : [],
  };
  return [
    { role: "system", content: templates.renderSystemPrompt(view) },
    { role: "user", content: templates.renderSectionPrompt(spec.id, view, extra) },
  ];
}

export function modelWriter(
  provider: ChatProvider,
  templates: CompiledTemplates,
  view: View,
  loaded: LoadedFacts,
  meter: UsageMeter,
  hooks: { onDelta?: (spec: SectionSpec, chars: number) => void; onTruncated?: (spec: SectionSpec) => void } = {},
): SectionWriter {
  const language = loaded.facts.language;
  return {
    fingerprint: (spec) =>
      sha256(
        JSON.stringify({
          endpoint: provider.endpoint,
          model: provider.model,
          temperature: DRAFT_TEMPERATURE,
          messages: sectionMessages(templates, view, loaded, spec),
        }),
      ),
    write: async (spec, signal) => {
      let received = 0;
      const result = await provider.chat({
        messages: sectionMessages(templates, view, loaded, spec),
        temperature: DRAFT_TEMPERATURE,
        signal,
        onDelta: (delta) => {
          received += delta.length;
          hooks.onDelta?.(spec, received);
        },
      });
      meter.record(result);
      if (result.finishReason === "length") hooks.onTruncated?.(spec);
      const text = cleanSectionText(result.text, spec.heading[language]);
      if (!text) {
        throw new EndpointError(
          `${provider.endpoint}: model "${provider.model}" returned no text for the section "${spec.heading[language]}"; run the draft again with --resume, or choose another model`,
        );
      }
      return text;
    },
  };
}
