// What the offline need section takes from the background materials: sentences that state a
// figure (a share, an amount, a count with its unit), quoted as written, with the material's title
// as their source. Nothing is computed or reworded, so nothing is invented; a finding whose figures
// need.evidence already gives is left out, and a sentence in the other language is not quoted.
import path from "node:path";
import type { Material } from "../facts/load.js";
import type { Language } from "../facts/schema.js";
import { extractFigures, type Figure } from "../text/numbers.js";
import { splitSentences } from "../text/sentences.js";
import { detectTextLanguage } from "../text/language.js";

export interface MaterialFinding {
  fact: string;
  source: string;
}

/** At most this many: the need section quotes the strongest evidence, it does not reprint a report. */
const MAX_FINDINGS = 3;
const MAX_LENGTH = { zh: 120, en: 300 } as const;
const LIST_MARKER = /^\s*(?:[-*+•]|\d+[.)、])\s+/;

/** A first line that is a title: short, and not a sentence. */
const titleLine = (line: string) => line.length > 0 && line.length <= 60 && !/[。！？.!?:：；;，,]$/.test(line);

/** The material's title: its first Markdown heading, else a short first line, else its file name. */
export function materialTitle(material: Material): string {
  const lines = material.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const heading = lines.find((l) => /^#{1,3}\s/.test(l));
  if (heading) return heading.replace(/^#+\s*/, "").replace(/[#*_`]/g, "").trim();
  const first = lines[0] ?? "";
  if (titleLine(first)) return first;
  return path.basename(material.path, path.extname(material.path));
}

/** A figure that is evidence: a percentage, an amount, or a count with its unit; not a year or a date. */
function isEvidenceFigure(figure: Figure): boolean {
  if (figure.kind === "date") return false;
  if (figure.kind === "percent" || figure.kind === "money") return true;
  if (/^(?:19|20)\d{2}$/.test(figure.raw) && (figure.unit === "" || figure.unit === "年")) return false;
  return figure.unit !== "" && figure.unit !== "年" && figure.unit !== "月" && figure.unit !== "日";
}

export function materialFindings(materials: readonly Material[], evidence: readonly { fact: string }[], language: Language): MaterialFinding[] {
  const given = evidence.map((e) => e.fact.replace(/,/g, "")).join("\n");
  const findings: MaterialFinding[] = [];
  for (const material of materials) {
    const source = materialTitle(material);
    const lines = material.text.split(/\r?\n/).map((l) => l.replace(LIST_MARKER, ""));
    // A title on the first line is not part of the first sentence.
    const first = lines.findIndex((l) => l.trim() !== "");
    if (first >= 0 && !/^\s*#/.test(lines[first]!) && titleLine(lines[first]!.trim())) lines[first] = "";
    const skip = (line: string) => /^\s*(?:#|\||```|>)/.test(line);
    for (const { text } of splitSentences(lines, 1, skip)) {
      if (findings.length >= MAX_FINDINGS) return findings;
      const sentence = text.replace(/\*\*|__|`/g, "").trim();
      if ([...sentence].length > MAX_LENGTH[language] || detectTextLanguage(sentence) !== language) continue;
      const figures = extractFigures(sentence).filter(isEvidenceFigure);
      if (figures.length === 0) continue;
      if (figures.every((f) => given.includes(f.raw.replace(/,/g, "")))) continue;
      if (findings.some((f) => f.fact === sentence)) continue;
      findings.push({ fact: sentence, source });
    }
  }
  return findings;
}
