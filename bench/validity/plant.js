// Plants one defect of a kind into a proposal's text and says how to recognise that the scorer
// caught it. Planting works on the Markdown as written (headings, or short label lines in documents
// without headings), never on the scorer's own parse, so the benchmark cannot share the scorer's
// blind spots. Each planter returns the changed text, or null when the document has nothing to
// plant into (the kind is then "not applicable" for that document).

const MONEY = /(?:[$€£¥￥]|\b(?:USD|EUR|RMB|CNY|NTD|TWD|DAI|FIL)\b|元|万元|美元)\s*\d|\d[\d,.]*\s*(?:[$€£¥]|\b(?:USD|EUR|RMB|CNY|NTD|TWD|DAI|FIL)\b|元|万元|萬元|美元)/i;
const NUMBER = /\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:\.\d+)?/g;

const HEADINGS = {
  budget: /budget|cost|fund(?:ing|s)\b|financ|expense|预算|預算|经费|經費|费用|費用|资金|資金|概算/i,
  objectives: /objective|goal|deliverable|outcome|impact|目标|目標|成果|效益|預期|预期/i,
  risks: /risk|challenge|风险|風險|挑战|挑戰/i,
  need: /need|problem|background|description|about|introduc|背景|需求|问题|問題|緣由|缘由|簡介|简介|現況|现况|立项依据|立項依據|必要性/i,
};

// A heading is a Markdown heading, or (for plain-text forms) a short line without sentence
// punctuation that is followed by text. Returns [{ line, level, title }].
function headings(lines) {
  const marked = [];
  lines.forEach((text, line) => {
    const m = /^(#{1,6})\s+(.*)$/.exec(text);
    if (m) marked.push({ line, level: m[1].length, title: m[2] });
  });
  if (marked.length > 0) return marked;
  const labels = [];
  lines.forEach((text, line) => {
    const t = text.trim();
    const next = (lines[line + 1] ?? "").trim();
    if (t.length > 0 && t.length <= 60 && !/[.。:：;；,，!?！？)]$/.test(t) && !/^[-*+|>\d]/.test(t) && next.length > 0) {
      labels.push({ line, level: 1, title: t });
    }
  });
  return labels;
}

// The [start, end) line range of the first section whose title matches, body only or with heading.
function section(lines, pattern, { withHeading = true } = {}) {
  const hs = headings(lines);
  // The document's title (a first level-1 heading) is never a section of its own.
  const i = hs.findIndex((h, k) => pattern.test(h.title) && !(k === 0 && h.level === 1 && hs.length > 1));
  if (i < 0) return null;
  const h = hs[i];
  const next = hs.slice(i + 1).find((o) => o.level <= h.level);
  const end = next ? next.line : lines.length;
  return { start: withHeading ? h.line : h.line + 1, end, heading: h };
}

function changeNumber(line, factor) {
  const numbers = [...line.matchAll(NUMBER)].filter((m) => Number(m[0].replace(/,/g, "")) >= 10);
  const last = numbers[numbers.length - 1];
  if (!last) return null;
  const value = Number(last[0].replace(/,/g, ""));
  const changed = String(Math.round(value * factor));
  return line.slice(0, last.index) + changed + line.slice(last.index + last[0].length);
}

const TOTAL_LINE = /total|sum\b|总计|合计|總計|合計|总预算|總預算|总额|總額/i;
const SUBTOTAL_LINE = /sub-?total|小计|小計/i;

// The line stating the total: one that says "total" and has an amount, else the first amount
// under a heading that says "total" ("## Total Budget Requested").
function totalLine(lines) {
  const i = lines.findIndex((l) => TOTAL_LINE.test(l) && !SUBTOTAL_LINE.test(l) && MONEY.test(l));
  if (i >= 0) return i;
  const s = section(lines, TOTAL_LINE, { withHeading: false });
  if (!s) return -1;
  for (let j = s.start; j < s.end; j++) if (MONEY.test(lines[j])) return j;
  return -1;
}

const TEXT = {
  en: {
    vague: "We aim to make things better for the community and to raise awareness of the issue.",
    placeholder: "Project lead: [Your Name Here] (TBD)",
    statistic: "A 2023 survey found that 87% of users abandon similar services within a week.",
    other: "本节说明：我们将在社区开展一系列活动，帮助居民了解项目，并定期收集反馈意见。",
  },
  zh: {
    vague: "我们希望让社区变得更好，提升大家对这个问题的认识。",
    placeholder: "项目负责人：【待补充】",
    statistic: "2023年的一项调查显示，87%的用户在一周内放弃使用同类服务。",
    other: "In this section we will run a series of community activities, help residents learn about the project and collect feedback regularly.",
  },
};

// A line that names a risk: the word "risk" (风险) among its opening words, as in "Risks: …",
// "The main risk is …" or "风险：…". A passing mention deep in a sentence ("难以捕捉苗头性风险") or a
// table cell is not a risk statement, and deleting it would plant nothing a reader could miss.
function namesRisk(line, language) {
  if (/^\s*\|/.test(line)) return false;
  const opening = line.replace(/^[\s#>*+\-\d.)、（）()]+/, "");
  const at = opening.search(/risk|风险|風險/i);
  return at >= 0 && at <= (language === "zh" ? 12 : 40);
}

function splice(lines, start, end, replacement) {
  return [...lines.slice(0, start), ...replacement, ...lines.slice(end)].join("\n");
}

// The body line where an inserted sentence goes: the need section's first text line, else the
// first non-heading text line.
function needLine(lines) {
  const s = section(lines, HEADINGS.need, { withHeading: false });
  const from = s ? s.start : 0;
  for (let i = from; i < lines.length; i++) {
    if (lines[i].trim() && !/^#/.test(lines[i]) && !/^---/.test(lines[i])) return i;
  }
  return null;
}

const PLANTERS = {
  "budget removed": (lines) => {
    // Every budget section, not only the first: a phased proposal has a "Budget" under each phase
    // and its table under "Total Budget Requested".
    let kept = lines;
    const removed = [];
    for (let s = section(kept, HEADINGS.budget); s; s = section(kept, HEADINGS.budget)) {
      removed.push(...kept.slice(s.start, s.end));
      kept = [...kept.slice(0, s.start), ...kept.slice(s.end)];
    }
    const out = kept.filter((l) => !MONEY.test(l));
    removed.push(...kept.filter((l) => MONEY.test(l)));
    // A budget without a single amount (a form whose cells all say "待填写") has nothing to remove.
    if (!removed.some((l) => MONEY.test(l) || /\d{3,}/.test(l.replace(/\[[^\]]*\]\([^)]*\)/g, "")))) return null;
    return out.join("\n");
  },
  "total changed": (lines) => {
    const i = totalLine(lines);
    if (i < 0) return null;
    const changed = changeNumber(lines[i], 1.37);
    return changed ? splice(lines, i, i + 1, [changed]) : null;
  },
  "subtotal changed": (lines) => {
    let i = lines.findIndex((l) => SUBTOTAL_LINE.test(l) && MONEY.test(l));
    if (i < 0) {
      // No subtotal: change the cost item just above the total (a table row or line with a
      // number), so the items no longer add up to the total.
      const total = totalLine(lines);
      for (let j = total - 1; j >= 0 && i < 0 && total - j <= 12; j--) {
        if (!TOTAL_LINE.test(lines[j]) && /\d{2,}/.test(lines[j].replace(/\[[^\]]*\]\([^)]*\)/g, "")) && !/^\s*#/.test(lines[j])) i = j;
      }
    }
    if (i < 0) return null;
    const changed = changeNumber(lines[i], 1.5);
    return changed ? splice(lines, i, i + 1, [changed]) : null;
  },
  "objectives vague": (lines, language) => {
    const s = section(lines, HEADINGS.objectives, { withHeading: false });
    return s ? splice(lines, s.start, s.end, ["", TEXT[language].vague, ""]) : null;
  },
  placeholder: (lines, language) => {
    const i = needLine(lines);
    return i === null ? null : splice(lines, i, i, [TEXT[language].placeholder, ""]);
  },
  "risks removed": (lines, language) => {
    const s = section(lines, HEADINGS.risks);
    if (s) return splice(lines, s.start, s.end, []);
    // No risk section: drop every line that names a risk (answers to "what are the risks?").
    const out = lines.filter((l) => !namesRisk(l, language));
    return out.length === lines.length ? null : out.join("\n");
  },
  "invented statistic": (lines, language) => {
    const i = needLine(lines);
    return i === null ? null : splice(lines, i + 1, i + 1, ["", TEXT[language].statistic, ""]);
  },
  "section in the other language": (lines, language) => {
    const s = section(lines, HEADINGS.need, { withHeading: false });
    return s && s.end > s.start ? splice(lines, s.start, s.end, ["", TEXT[language].other, ""]) : null;
  },
  "section duplicated": (lines) => {
    // The middle heading's section, copied right after itself.
    const all = headings(lines);
    const h = all[Math.floor(all.length / 2)];
    if (!h) return null;
    const next = all.find((o) => o.line > h.line && o.level <= h.level);
    const end = next ? next.line : lines.length;
    const copy = lines.slice(h.line, end);
    return splice(lines, end, end, copy);
  },
};

// How a catch is recognised: the score dropped AND one improvement matches. `text` is the
// improvement's criterion ids, section id, message and suggestion joined with spaces.
const BUDGET_WORDS = /budget|cost|预算|預算|经费|經費|资金|資金/i;
const ARITHMETIC_WORDS = /total|add(?:s|ed)? up|sum|match|differ|arithmetic|合计|合計|总计|總計|总额|總額|不符|不一致|相加|差额|差額/i;
export const MATCHERS = {
  "budget removed": (t) => BUDGET_WORDS.test(t),
  "total changed": (t) => BUDGET_WORDS.test(t) && ARITHMETIC_WORDS.test(t),
  "subtotal changed": (t) => BUDGET_WORDS.test(t) && ARITHMETIC_WORDS.test(t),
  "objectives vague": (t) => /objective|goal|outcome|measurable|smart|目标|目標|可衡量|量化/i.test(t),
  placeholder: (t) => /placeholder|tbd|待补充|待補充|占位|佔位|template/i.test(t),
  "risks removed": (t) => /risk|风险|風險/i.test(t),
  "invented statistic": (t) => /source|unsourced|unsupported|cite|citation|evidence|verif|来源|來源|出处|出處|依据|依據|佐证|佐證|核实|核實/i.test(t) && (/87/.test(t) || /need|evidence|需求|背景/i.test(t)),
  "section in the other language": (t) => /language|english|chinese|英文|中文|语言|語言/i.test(t),
  "section duplicated": (t) => /duplicat|repeat|twice|重复|重複/i.test(t),
};

export const KINDS = Object.keys(PLANTERS);

export function plant(kind, text, language) {
  return PLANTERS[kind](text.split("\n"), language === "zh" ? "zh" : "en");
}
