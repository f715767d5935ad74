// A replay endpoint: an OpenAI-compatible server (llm-server.ts) that answers grantsmith's real
// drafting prompts with prepared answers, as a strong model would write them, for the examples under
// test/fixtures/replay/<example>/<section>.md. It recognises the section from the prompt's first
// line and the project from the facts the prompt carries. On request it wraps or spoils the answer
// the way real models do (a habit), so tests and bench:draft can show that none of it reaches a
// proposal. Judge prompts get a verdict, with a draft verdict inside reasoning when asked.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { headingCore } from "../../src/llm/answer.js";
import { SECTIONS, lengthTarget } from "../../src/kinds/sections.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { programTableHeaders } from "../../src/draft/program-tables.js";
import { countCjk, countWords } from "../../src/text/count.js";
import { startLlmServer, type LlmServer, type RecordedRequest, type ReplySpec } from "./llm-server.js";

/** Habits that only wrap a good answer: cleaning must remove the wrapping and keep the answer. */
export const WRAPPING_HABITS = [
  "think-closed",
  "think-close-only",
  "reasoning-content",
  "preamble",
  "closing",
  "fence",
  "heading-bold",
  "heading-hash",
  "program-table",
] as const;
/** Habits that make the answer unusable: the draft must ask once more, then fail with exit 3. */
export const FAILING_HABITS = ["think-unclosed", "length", "content-filter", "wrong-language", "too-long"] as const;
export const HABITS = [...WRAPPING_HABITS, ...FAILING_HABITS] as const;
/**
 * Habits that leave an answer with nothing of the section (a refusal, one line where a section was
 * asked for): the draft asks once more and keeps it with a warning rather than failing. Not in HABITS,
 * whose answers either come out clean or fail the draft.
 */
export const THIN_HABITS = ["refusal", "one-line"] as const;
export type Habit = (typeof HABITS)[number] | (typeof THIN_HABITS)[number];

export interface HabitRequest {
  habit?: Habit;
  /** A habit per section id, instead of one habit for all (sections not named answer cleanly). */
  bySection?: Readonly<Record<string, Habit>>;
  /** Section ids the habit applies to (all by default). */
  sections?: readonly string[];
  /** A failing or thin habit spoils the first answer only, unless this is set: then every answer (the retry fails too). */
  always?: boolean;
}

export interface ReplayedAnswer {
  example: string;
  section: string;
  /** 0 for the first request for the section, 1 for the retry. */
  attempt: number;
  habit?: Habit;
}

export interface ReplayServer {
  baseURL: string;
  llm: LlmServer;
  /** The drafting requests answered, in order. */
  answers: ReplayedAnswer[];
  setHabit(habit: HabitRequest | undefined): void;
  /** The prepared answer for a section of an example, as stored. */
  answer(example: string, section: string): string;
  close(): Promise<void>;
}

interface Example {
  name: string;
  language: "zh" | "en";
  title: string;
  answers: Map<string, string>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\d+\.\s*)/;

function loadExamples(root: string): Example[] {
  const fixtures = path.join(root, "test/fixtures/replay");
  return readdirSync(fixtures).map((name) => {
    const language = readdirSync(path.join(root, "examples/zh")).includes(`${name}.yaml`) ? "zh" : "en";
    const yaml = readFileSync(path.join(root, "examples", language, `${name}.yaml`), "utf8");
    const title = /^title:\s*(.+)$/m.exec(yaml)![1]!.trim();
    const answers = new Map(
      readdirSync(path.join(fixtures, name))
        .filter((f) => f.endsWith(".md"))
        .map((f) => [f.slice(0, -3), readFileSync(path.join(fixtures, name, f), "utf8").trim()]),
    );
    return { name, language, title, answers };
  });
}

const text = (content: unknown) => (typeof content === "string" ? content : "");

/** The section a drafting prompt asks for: its title as the prompt gives it (with numbering) and its id. */
function askedSection(request: RecordedRequest): { title: string; id: string } | undefined {
  const first = text(request.body.messages?.find((m) => m.role === "user")?.content);
  const title = /^请撰写项目书“(.+?)”部分的正文|^Write the narrative of the section "(.+?)"/.exec(first)?.slice(1).find(Boolean);
  if (!title) return undefined;
  const core = headingCore(title);
  const section = SECTIONS.find((s) => [s.title.zh, s.title.en, ...s.aliases.zh, ...s.aliases.en].some((t) => headingCore(t) === core));
  return section ? { title, id: section.id } : undefined;
}

const REASONING = {
  zh: (title: string) => `用户要求撰写“${title}”部分。数字只能来自事实，缺少的写待补充。我先列提纲：问题、证据、缺口……`,
  en: (title: string) => `The user wants the "${title}" section. Every figure must come from the facts; I will outline first: problem, evidence, gap…`,
};
const PREAMBLE = { zh: (title: string) => `好的，以下是“${title}”部分的正文：`, en: (title: string) => `Sure! Here is the ${title} section:` };
const CLOSING = { zh: "希望以上内容对您有所帮助！如需调整篇幅或语气，请随时告诉我。", en: "Let me know if you'd like me to adjust the tone or the length." };
const TABLE_HEADING = { zh: "### 相关数据一览", en: "### At a glance" };
/** What a thin habit answers instead of the section. */
export const THIN_ANSWERS = {
  refusal: { zh: "作为一个AI语言模型，我无法替您撰写这部分内容。", en: "I cannot write this section without more information about the project." },
  "one-line": { zh: "本部分内容详见附件。", en: "See the attached documents for this section." },
} as const;

/** The text a habit adds around an answer, which must never reach a document. */
export function habitWrapping(habit: Habit, language: "zh" | "en", title: string): string[] {
  switch (habit) {
    case "think-closed":
    case "think-close-only":
    case "think-unclosed":
    case "reasoning-content":
      return [REASONING[language](title)];
    case "preamble":
    case "fence":
      return [PREAMBLE[language](title)];
    case "closing":
      return [CLOSING[language]];
    case "program-table":
      return [TABLE_HEADING[language]];
    default:
      return [];
  }
}

const lengthOf = (answer: string, language: "zh" | "en") => (language === "zh" ? countCjk(answer) : countWords(answer));

/** A copy of the first program table under the section, with one row, as a model restating it writes. */
function programTable(root: string, language: "zh" | "en", sectionId: string): string | undefined {
  const spec = sectionPlan("standard").find((s) => s.id === sectionId);
  const header = programTableHeaders(language, spec?.tables, root)[0];
  if (!header) return undefined;
  const currency = language === "zh" ? "元" : "USD";
  const cells = header.map((cell) => cell.replace(/\{\{currency\}\}/g, currency));
  return [`| ${cells.join(" | ")} |`, `| ${cells.map(() => "---").join(" | ")} |`, `| ${cells.map(() => "…").join(" | ")} |`].join("\n");
}

function withHabit(
  habit: Habit,
  answer: string,
  context: { root: string; example: Example; section: { title: string; id: string }; other?: Example },
): ReplySpec {
  const { language } = context.example;
  const { title, id } = context.section;
  const reasoning = REASONING[language](title);
  switch (habit) {
    case "think-closed":
      return { text: `<think>\n${reasoning}\n</think>\n\n${answer}` };
    case "think-close-only":
      return { text: `${reasoning}\n</think>\n\n${answer}` };
    case "think-unclosed":
      return { text: `<think>\n${reasoning}\n${answer.slice(0, answer.length / 3)}` };
    case "reasoning-content":
      return { text: answer, reasoningContent: reasoning };
    case "preamble":
      return { text: `${PREAMBLE[language](title)}\n\n${answer}` };
    case "closing":
      return { text: `${answer}\n\n${CLOSING[language]}` };
    case "fence":
      return { text: `${PREAMBLE[language](title)}\n\n\`\`\`markdown\n${answer}\n\`\`\`` };
    case "heading-bold":
      return { text: `**${title}**\n\n${answer}` };
    case "heading-hash":
      return { text: `## ${title}\n\n${answer}` };
    case "program-table": {
      const table = programTable(context.root, language, id);
      return { text: table ? `${answer}\n\n${TABLE_HEADING[language]}\n\n${table}` : answer };
    }
    case "length":
      return { text: answer.slice(0, Math.floor(answer.length / 2)), finishReason: "length" };
    case "content-filter":
      return { text: answer.slice(0, Math.floor(answer.length / 3)), finishReason: "content_filter" };
    case "wrong-language":
      return { text: context.other?.answers.get(id) ?? answer };
    case "refusal":
    case "one-line":
      return { text: THIN_ANSWERS[habit][language] };
    case "too-long": {
      const limit = lengthTarget({ id }, language).max * 4;
      const copies = Math.floor(limit / Math.max(1, lengthOf(answer, language))) + 1;
      return { text: Array.from({ length: copies }, () => answer).join("\n\n") };
    }
  }
}

/** A judge verdict (0–10 scale), with a draft verdict inside reasoning that must not be taken. */
function judgeReply(habit: Habit | undefined): ReplySpec {
  const final = JSON.stringify({ score: 6, reasons: ["The objectives follow from the need, but the budget narrative restates the tables."], suggestions: ["Explain the largest budget lines instead of listing them."] });
  const draft = JSON.stringify({ score: 10, reasons: ["First impression."], suggestions: [] });
  if (habit === "reasoning-content") return { text: final, reasoningContent: `Let me think. ${draft} Hmm, the budget part is weak.` };
  if (habit?.startsWith("think")) return { text: `<think>\nA first verdict: ${draft}\nOn reflection the budget narrative only restates the table.\n</think>\n${final}` };
  return { text: final };
}

export async function startReplayServer(options: { root?: string } = {}): Promise<ReplayServer> {
  const root = options.root ?? path.join(HERE, "../..");
  const examples = loadExamples(root);
  const answers: ReplayedAnswer[] = [];
  let current: HabitRequest | undefined;

  const llm = await startLlmServer((request) => {
    const section = askedSection(request);
    if (!section) return judgeReply(current?.habit);
    const prompt = (request.body.messages ?? []).map((m) => text(m.content)).join("\n");
    const example = examples.find((e) => prompt.includes(e.title));
    if (!example) return `[replay] no prepared answers for this project`;
    const answer = example.answers.get(section.id);
    if (!answer) return `[replay] no prepared answer for the section ${section.id} of ${example.name}`;
    // A retry carries the first answer and a reminder after the prompt.
    const attempt = (request.body.messages?.length ?? 0) > 2 ? 1 : 0;
    const habit = current?.bySection
      ? current.bySection[section.id]
      : current && (!current.sections || current.sections.includes(section.id))
        ? current.habit
        : undefined;
    const failing = habit !== undefined && ([...FAILING_HABITS, ...THIN_HABITS] as readonly string[]).includes(habit);
    const applies = habit !== undefined && (!failing || attempt === 0 || current!.always === true);
    answers.push({ example: example.name, section: section.id, attempt, habit: applies ? habit : undefined });
    if (!applies) return answer;
    const other = examples.find((e) => e.language !== example.language);
    return withHabit(habit, answer, { root, example, section: { ...section, title: section.title }, other });
  });

  return {
    baseURL: llm.baseURL,
    llm,
    answers,
    setHabit(habit) {
      current = habit;
    },
    answer(example, section) {
      return examples.find((e) => e.name === example)!.answers.get(section)!;
    },
    close: () => llm.close(),
  };
}

/** The section title without its numbering ("二、项目背景与需求分析" → "项目背景与需求分析"). */
export const withoutNumbering = (title: string) => title.replace(NUMBERED, "");
