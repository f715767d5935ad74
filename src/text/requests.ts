// A form's request, asked the way a question is: "Please upload a simple budget for the
// activities", "Describe specific activities", "请上传活动经费预算表", "请简述项目的风险及应对措施",
// "简要介绍申报单位的基本情况". Read as a question, a request names the section of what it asks for.
// In English that is its first meaning word; in Chinese it is the object after 请 and the verb, whose
// head comes last ("活动经费预算表" is a 预算, "项目实施过程中的风险" is a 风险): score/read/section-matcher.ts reads it; the form filler (document/docx/form.ts) asks it too.

/** An English request: "Please …", "Provide …", "Describe …", "List the …" (not "List of …", a title). */
export const REQUEST = /^(?:please\b|(?:kindly\s+|briefly\s+)?(?:provide|describe|upload|attach|give|list(?!\s+of\b)|outline|explain|tell us|share|submit|summari[sz]e|specify|indicate|enter|identify)\b)/i;

/** How a Chinese request says how to answer: 简要说明, 详细介绍, 如实填写. */
const MANNER = "简要|简单|简明|扼要|详细|具体|如实|分别|逐一|逐项|重点|清楚";
/** What a Chinese form asks to be done after 请 (longer verbs before the ones they start with). */
const VERB = "上传|提供|提交|附上|附|简述|概述|阐述|描述|陈述|叙述|说明|阐明|介绍|列出|列举|罗列|填写|填报|写明|注明|写出|分析|谈谈|论述|详述|给出|明确|补充";
/**
 * Verbs that ask on their own, without 请, as a form's heading does: 简述项目的实施计划, 列出主要风险.
 * (Not 概述, which titles a summary as often: "概述文字".)
 */
const BARE_VERB = "简述|阐述|描述|列出|列举|详述";
/** Who may be addressed between 请 and the verb: 请申报单位说明…, 请贵机构提供…. */
const ADDRESSEE = "您|贵方|贵机构|贵单位|申请方|申请人|申请机构|申报单位|申报方";

/** A Chinese request's opening, up to its verb; the object follows. */
const ZH_REQUEST = new RegExp(`^(?:(?:请|烦请|敬请)(?:${ADDRESSEE})?(?:${MANNER})?地?(?:${VERB})|(?:${MANNER})地?(?:${VERB})|(?:${BARE_VERB}))(?:一下|清楚)?`);
/** The same, asked in so many words (请…, 简要说明…): a request a plain line may be. */
const ZH_REQUEST_ASKED = new RegExp(`^(?:(?:请|烦请|敬请)(?:${ADDRESSEE})?(?:${MANNER})?地?(?:${VERB})|(?:${MANNER})地?(?:${VERB}))(?:一下|清楚)?`);
/**
 * An object is at least two Chinese characters, and does not open with a conjunction: "概述与背景"
 * is a title that names two sections, "请说明：" holds nothing to read, and "描述性统计" describes nothing.
 */
const OBJECT = /^(?![与及和、，,：:；;。性])[\s\S]*?[\u4e00-\u9fff][\s\S]*?[\u4e00-\u9fff]/;

/**
 * Where the object of a Chinese request begins in `text` (the request opens it: "请简述项目的风险" →
 * 3), or -1 when `text` is no Chinese request ("说明：…" has no object, "提供助餐服务" names an
 * activity). `bare: false` leaves out a verb without 请 or a manner before it ("描述文字" on a line of
 * its own is text more often than a request).
 */
export function zhRequestObject(text: string, bare = true): number {
  // Most headings open with neither 请 nor a request's verb: one look at the first character decides.
  const first = text.charCodeAt(0);
  if (first < 0x4e00 || first > 0x9fff) return -1;
  const m = (bare ? ZH_REQUEST : ZH_REQUEST_ASKED).exec(text);
  return m && OBJECT.test(text.slice(m[0].length)) ? m[0].length : -1;
}

/**
 * Whether a line (numbering and marks removed) is a Chinese request on its own: one sentence of up to
 * 60 characters that asks ("请上传活动经费预算表。"), not a paragraph that opens with one.
 */
export function zhRequestSentence(text: string, bare = true): boolean {
  return text.length <= 60 && zhRequestObject(text, bare) >= 0 && !/[。！？；!?;]./.test(text);
}

/** Whether a heading's text (numbering and marks removed) is a form's request, in English or Chinese. */
export function isRequest(text: string): boolean {
  return REQUEST.test(text) || zhRequestObject(text) >= 0;
}
