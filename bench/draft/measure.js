// What bench:draft measures in an assembled draft: how often each key figure recurs in the narrative,
// headings written twice within a section, sentences shared between two drafts, and placeholders
// that a facts field could fill. The narrative is a section's text before the first table block the
// template renders for it (the partials the kind descriptor names), so facts-rendered tables and
// lists are not counted.
import { readFileSync } from "node:fs";
import path from "node:path";

const PLACEHOLDER = /【待补充[：:]?([^】]*)】|\[TODO:?\s*([^\]]*)\]/g;

/** The first `### ` heading each partial renders: where the program's part of a section begins. */
function tableHeadings(root, language, partials) {
  return (partials ?? []).flatMap((name) => {
    const text = readFileSync(path.join(root, "templates", language, "partials", `${name}.md.hbs`), "utf8");
    const first = /^### .+$/m.exec(text);
    return first ? [first[0].trim()] : [];
  });
}

/** The draft's sections: heading, whole body, and the narrative part of the body. */
export function draftSections(document, { root, language, plan }) {
  const parts = document.split(/^(?=## )/m).slice(1);
  return parts.map((part) => {
    const heading = part.slice(3, part.indexOf("\n")).trim();
    const title = heading.replace(/^(?:[一二三四五六七八九十]+、|\d+\.\s*)/, "");
    const spec = plan.find((s) => s.heading[language] === title);
    const body = part.slice(part.indexOf("\n") + 1);
    const lines = body.split("\n");
    const stops = new Set(tableHeadings(root, language, spec?.tables));
    const cut = lines.findIndex((line) => stops.has(line.trim()));
    const narrative = (cut === -1 ? lines : lines.slice(0, cut)).filter((line) => !line.startsWith("|")).join("\n");
    return { heading, id: spec?.id, body, narrative };
  });
}

/** Headings (### and below) that stand more than once within one section, as "section: heading". */
export function duplicateHeadings(sections) {
  const found = [];
  for (const section of sections) {
    const seen = new Map();
    for (const line of section.body.split("\n")) {
      const m = /^#{3,6}\s+(.+?)\s*$/.exec(line);
      if (m) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
    }
    for (const [heading, n] of seen) if (n > 1) found.push(`${section.heading}: ${heading} ×${n}`);
  }
  return found;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const withCommas = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * A pattern for a figure as drafts write it: 1167000, 1,167,000, 116.7万; a percentage with its
 * sign; a small count only with its unit (10 boreholes, 120人 / 120名), since a bare 10 is anything.
 */
function figurePattern(value, unit, language) {
  const forms = new Set([String(value), withCommas(value)]);
  if (language === "zh" && value >= 10000) forms.add(`${String(value / 10000)}万`);
  const number = `(?<![\\d.,])(?:${[...forms].map(escape).join("|")})(?![\\d]|,\\d)`;
  if (unit === "%") return new RegExp(`${number}\\s*%`, "g");
  if (value >= 1000 || !unit) return new RegExp(number, "g");
  const after = language === "zh" ? `(?:${escape(unit)}|[名位个份场户])` : `\\s*${escape(unit.slice(0, Math.min(unit.length, 5)))}`;
  return new RegExp(`${number}${after}`, "gi");
}

/** The key figures of a facts file: budget total, direct beneficiaries, each objective's target. */
export function keyFigures(facts) {
  const figures = [];
  if (facts.budget?.total) figures.push({ label: "budget total", value: facts.budget.total });
  const direct = (facts.beneficiaries ?? []).filter((b) => b.direct !== false && typeof b.count === "number");
  if (direct.length) figures.push({ label: "direct beneficiaries", value: direct.reduce((a, b) => a + b.count, 0), unit: direct[0].unit });
  for (const objective of facts.objectives ?? []) {
    const m = /([\d][\d,]*(?:\.\d+)?)\s*(%|\S+)?/.exec(String(objective.target ?? ""));
    if (m) figures.push({ label: `target ${objective.target}`, value: Number(m[1].replace(/,/g, "")), unit: m[2] });
  }
  return figures;
}

export function figureCounts(sections, facts, language) {
  const narrative = sections.map((s) => s.narrative).join("\n");
  return keyFigures(facts).map((f) => ({ ...f, count: (narrative.match(figurePattern(f.value, f.unit, language)) ?? []).length }));
}

/** A bold label opening a paragraph ("**监测方法**。", "**Methods.**"): a heading, so boilerplate. */
const RUN_IN = /^\*\*[^*\n]{1,40}?[.:]?\*\*[。．.:：]?\s*/;

/** The narrative's sentences, normalised, without headings (run-in ones too), placeholders or fragments. */
export function sentences(sectionsList) {
  const text = sectionsList
    .map((s) => s.narrative)
    .join("\n")
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, "").replace(RUN_IN, "").replace(/\*\*|__|`/g, ""))
    .join("\n");
  return text
    .split(/(?<=[。！？!?；;])|(?<=\.)\s+|\n+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => [...s].length >= 8 && !new RegExp(PLACEHOLDER.source).test(s));
}

/** Of the sentences of `a`, the share that `b` also has. */
export function sharedRatio(a, b) {
  const other = new Set(b);
  const mine = [...new Set(a)];
  return mine.length === 0 ? 0 : mine.filter((s) => other.has(s)).length / mine.length;
}

export function placeholders(document) {
  return [...document.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? m[2] ?? "").trim());
}
