// placeholders: no placeholder or template leftover (【待补充：…】, [TODO: …], TBD, XXX…; the syntax
// is in src/text/placeholders.ts). One finding per section, its tables apart from its prose: a
// sparse draft has dozens, and one line per section reads better than forty.
import { allLines } from "../read/proposal.js";
import { isTableLine } from "../read/markdown.js";
import { sectionTitle } from "../aliases.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, quote } from "./context.js";
import { outermostSectionAt } from "./prose.js";

const MAX_QUOTED = 8;

interface Hit {
  raw: string;
  what: string;
  line: number;
}

type Many = { hits: readonly Hit[]; title: string | undefined };

const listed = (hits: readonly Hit[]) => hits.slice(0, MAX_QUOTED);

export const placeholdersCheck = defineCheck({
  type: "placeholders",
  description: "No placeholders or template leftovers; missing and empty sections cost their share",
  options: ({ z }) => ({
    per_finding: z.number().gt(0).max(1).default(0.25).describe("Share of the check lost per placeholder"),
  }),
  messages: {
    one: message<{ raw: string }>("error", {
      zh: { message: (p) => `留有占位符「${quote(p.raw, 40)}」，不能提交。`, suggestion: `用真实信息替换该占位符，或删除这句话。` },
      en: { message: (p) => `Placeholder left in the text: "${quote(p.raw, 40)}".`, suggestion: `Replace it with the real information, or delete the sentence.` },
    }),
    oneAsking: message<{ raw: string; what: string }>("error", {
      zh: { message: (p) => `留有占位符「${quote(p.raw, 40)}」，不能提交。`, suggestion: (p) => `补充「${p.what}」的真实信息替换该占位符；如使用 grantsmith，把它写进项目信息文件后重新生成。` },
      en: {
        message: (p) => `Placeholder left in the text: "${quote(p.raw, 40)}".`,
        suggestion: (p) => `Replace it with the real information it asks for (${p.what}); with grantsmith, add it to the facts file and draft again.`,
      },
    }),
    many: message<Many>("error", {
      zh: {
        message: (p) =>
          `${p.title ? `「${p.title}」` : ""}留有 ${p.hits.length} 处占位符：${listed(p.hits).map((h) => `「${quote(h.raw, 30)}」（第${h.line}行）`).join("、")}${p.hits.length > MAX_QUOTED ? "等" : ""}，不能提交。`,
        suggestion: `逐一补充真实信息替换这些占位符，或删除相应的句子；如使用 grantsmith，把缺少的事实写进项目信息文件后重新生成。`,
      },
      en: {
        message: (p) =>
          `${p.hits.length} placeholders left${p.title ? ` in "${p.title}"` : ""}: ${listed(p.hits).map((h) => `"${quote(h.raw, 30)}" (line ${h.line})`).join(", ")}${p.hits.length > MAX_QUOTED ? `, and ${p.hits.length - MAX_QUOTED} more` : ""}.`,
        suggestion: `Replace each with the real information it asks for, or delete the sentence; with grantsmith, add the missing facts to the facts file and draft again.`,
      },
    }),
  },
  needs: { text: "share" },
  run(ctx, options) {
    const lines = options.sections?.length ? bodyLines(ctx, options.sections) : allLines(ctx.proposal);
    const groups = new Map<string, { section: string | undefined; hits: Hit[] }>();
    for (const ref of lines) {
      if (ref.text.length === 0) continue;
      for (const p of ctx.analysis.placeholders(ref.text)) {
        const section = outermostSectionAt(ctx, ref.line);
        // A table's cells (often rendered from the facts) are one group, the section's prose another.
        const key = `${section ?? ""}\u0000${isTableLine(ref.text) ? "table" : "text"}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { section, hits: [] }));
        group.hits.push({ raw: p.raw, what: p.what, line: ref.line });
      }
    }
    const out = [];
    for (const { section, hits } of groups.values()) {
      const first = hits[0]!;
      if (hits.length === 1) {
        out.push(
          first.what
            ? ({ message: "oneAsking", params: { raw: first.raw, what: first.what }, loss: options.per_finding, line: first.line, section } as const)
            : ({ message: "one", params: { raw: first.raw }, loss: options.per_finding, line: first.line, section } as const),
        );
        continue;
      }
      const title = section ? sectionTitle(section, ctx.language, ctx.kind) : undefined;
      out.push({ message: "many", params: { hits, title }, loss: options.per_finding * hits.length, line: first.line, section } as const);
    }
    return out;
  },
});
