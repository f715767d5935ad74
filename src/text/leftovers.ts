// What a model writes around an answer, per language: reasoning tags, preambles ("好的，以下是……：",
// "Sure! Here is the section:") and closings ("希望以上内容对您有所帮助！", "Let me know if…"). One
// list for both jobs that need it: cleaning a model's answer before it is kept (llm/answer.ts) and
// finding what was left in a scored proposal (score/checks/leftovers.ts).
import { atMostCodePoints } from "./chars.js";

/** The tags reasoning models put around their thoughts (lower case; matched case-insensitively). */
export const REASONING_TAGS = ["think", "thinking", "reasoning", "reflection"] as const;

const TAG_NAMES = REASONING_TAGS.join("|");
export const REASONING_BLOCK = new RegExp(`<(${TAG_NAMES})>[\\s\\S]*?</\\1>`, "gi");
export const OPENING_TAG = new RegExp(`<(?:${TAG_NAMES})>`, "i");
export const CLOSING_TAG = new RegExp(`</(?:${TAG_NAMES})>`, "gi");
/** A closing reasoning tag (not global: for testing one line). */
export const REASONING_END = new RegExp(`</(?:${TAG_NAMES})>`, "i");
/** A reasoning tag, opening or closing, anywhere in a line. */
export const ANY_REASONING_TAG = new RegExp(`</?(?:${TAG_NAMES})>`, "i");

/**
 * A line that opens with an assent ("好的", "Sure!") is a preamble; one that opens with "以下是" /
 * "Here is" only when it speaks of the answer itself (正文, 草稿, "the section", "a revised
 * version"), since "以下是项目的三个阶段：" is content. A closing speaks to the reader as an
 * assistant would; "如有问题请联系项目负责人" is content.
 */
const ASSENT = {
  zh: /^(?:好的|好|当然|没问题|明白了?|收到|可以)[，,！!。：:\s]/,
  en: /^(?:sure|certainly|of course|absolutely|okay|ok|great|alright)[!,.:—-]/i,
};
const PRESENTING = {
  zh: /^(?:以下(?:是|为)|下面(?:是|为)|这是|根据(?:您|你)?(?:提供|给出|所给)的|根据(?:以上|上述)|我(?:将|会|已)?(?:为您|根据))/,
  en: /^(?:here(?:'s| is| are)|below (?:is|are)|the following (?:is|are)|i(?:'ve| have) (?:written|drafted|prepared|revised|rewritten|updated)|as requested)\b/i,
};
const ABOUT_THE_ANSWER = {
  zh: /为您|撰写|草稿|初稿|改写|重写|修改后|润色|正文|(?:部分|章节|一节)(?:的)?(?:内容|文字)?[：:]?$/,
  en: /\b(?:section|draft|version|rewrite|rewritten|revised|revision|requested|updated text)\b/i,
};
const CLOSING = {
  zh: /希望(?:以上|这些|这|本)?.{0,12}(?:对您|对你|有所帮助|有帮助|能帮|满意)|(?:请|随时)?告诉我|如需(?:进一步)?(?:调整|修改|补充|润色|扩写|精简|完善)|我可以(?:再|进一步|继续|帮)|欢迎.{0,6}(?:反馈|指正)/,
  en: /\b(?:hope (?:this|that|it) helps|let me know|feel free to (?:ask|reach out to me|let me know)|would you like me to|i can (?:also )?(?:adjust|expand|shorten|revise|tailor)|happy to (?:help|adjust|revise|tailor))\b/i,
};

/** A line short enough to be talk around the answer rather than the answer. */
const MAX_WRAPPER_CHARS = 120;

export function isPreamble(line: string): boolean {
  const t = line.replace(/^[#>*\s]+|[*\s]+$/g, "");
  if (t.length === 0 || !atMostCodePoints(t, MAX_WRAPPER_CHARS)) return false;
  if (ASSENT.zh.test(t) || ASSENT.en.test(t)) return true;
  return (PRESENTING.zh.test(t) && ABOUT_THE_ANSWER.zh.test(t)) || (PRESENTING.en.test(t) && ABOUT_THE_ANSWER.en.test(t));
}

export function isClosing(line: string): boolean {
  const t = line.replace(/^[>*\s]+|[*\s]+$/g, "");
  return t.length > 0 && atMostCodePoints(t, MAX_WRAPPER_CHARS) && (CLOSING.zh.test(t) || CLOSING.en.test(t));
}

/** A fence opening a block, with the info string that says it holds prose, not code (```markdown, ```text, ```). */
export const PROSE_FENCE_OPEN = /^\s*(`{3,}|~{3,})\s*(?:markdown|md|text|plain|plaintext)?\s*$/i;

/**
 * A model declining instead of answering ("I cannot help with that", "作为一个AI助手，我无法……",
 * "抱歉，……"). Only the opening of an answer is tested: a proposal speaks as "we", so a line that
 * opens with "I cannot" or 抱歉 is the model talking, while "我们无法覆盖全部社区" is content. The
 * AI openings need the "I" after them ("作为人工智能教育试点，本项目……" is content).
 */
const REFUSAL = {
  zh: /^(?:(?:很|非常)?抱歉|对不起|我(?:无法|不能|没有办法|不便)|作为(?:一[个名])?\s*(?:AI|人工智能|大?语言模型)(?:\s*(?:大?语言模型|助手|模型))?\s*[，,]\s*我)/i,
  en: /^(?:i (?:cannot|can ?not|can't|won't|will not|am unable|am not able)\b|i'm (?:sorry|unable|not able)\b|i am sorry\b|sorry\b|unfortunately,? i (?:cannot|can't|am unable)\b|as an? (?:ai|artificial intelligence|(?:large )?language model)(?: (?:(?:large )?language model|assistant|model))?\s*,\s*i\b)/i,
};

export function isRefusal(line: string): boolean {
  const t = line.replace(/^[#>*\s]+/, "").replace(/[’]/g, "'");
  return REFUSAL.zh.test(t) || REFUSAL.en.test(t);
}

/**
 * A refusal that says so in full, for a line anywhere in a proposal (not only an answer's opening):
 * the model naming itself ("作为一个AI语言模型，我…", "As an AI language model, I…"), or an apology
 * with "I cannot help / provide / write…". A line that only opens with 对不起 or Sorry ("对不起，我们
 * 没能早点来" a volunteer said; "Sorry, the cafe was closed") is a quotation or content.
 */
const STRONG_REFUSAL = {
  zh: /^作为(?:一[个名])?\s*(?:AI|人工智能|大?语言模型)(?:\s*(?:大?语言模型|助手|模型))?\s*[，,]\s*我|^(?:(?:很|非常)?抱歉|对不起)[，,]?\s*(?:但)?我(?:无法|不能|没有办法|不便)(?:为您|帮您)?(?:提供|完成|协助|帮助|回答|生成|撰写|编写|满足|处理)/i,
  en: /^as an? (?:ai|artificial intelligence|(?:large )?language model)(?: (?:(?:large )?language model|assistant|model))?\s*,\s*i\b|^(?:i'm sorry|i am sorry|sorry)\b[^.!?]{0,20}\bi (?:cannot|can ?not|can't|won't|am unable to|am not able to)\s+(?:help|assist|comply|fulfil|fulfill|provide|write|create|generate|complete)\b|^i (?:cannot|can't|am unable to) (?:help|assist|comply) with (?:this|that|your)\b/i,
};

export function isStrongRefusal(line: string): boolean {
  const t = line.replace(/^[#>*\s-]+/, "").replace(/[’]/g, "'");
  return STRONG_REFUSAL.zh.test(t) || STRONG_REFUSAL.en.test(t);
}
