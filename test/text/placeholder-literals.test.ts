// The placeholder syntax (【待补充：…】 / [TODO: …]) is defined once, in DRAFT_PLACEHOLDER
// (src/text/placeholders.ts). Templates and prompts write it with {{todo "…"}}; where a file cannot
// (the init templates are not Handlebars) or names the placeholder's word in a sentence ("those
// marked TODO"), the literal must be the definition's, so changing the syntax there alone fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DRAFT_PLACEHOLDER, FULL_BRACKET_WORDS, MARKER_WORDS, placeholder } from "../../src/text/placeholders.js";
import { ROOT } from "../draft/render-helper.js";

type Lang = keyof typeof DRAFT_PLACEHOLDER;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

const FILES = ["prompts", "templates"].flatMap(filesUnder).filter((file) => /\.(hbs|ya?ml)$/.test(file));
/** prompts/zh/…, templates/en/…, templates/init/zh/… */
const languageOf = (file: string): Lang => (file.split("/").includes("en") ? "en" : "zh");

/**
 * The words a placeholder of any syntax the scorer knows is made of, whatever DRAFT_PLACEHOLDER says
 * today: an occurrence followed by a colon is a written-out placeholder; one without is the word named.
 */
const WORDS = [...new Set([...FULL_BRACKET_WORDS, ...MARKER_WORDS])];
const COLONS = /^\s*[:：]/;

interface Literal {
  file: string;
  line: number;
  text: string;
  problem?: string;
}

/** Every placeholder word in `text` outside a {{todo "…"}} call, with what is wrong with it. */
function literals(file: string, source: string): Literal[] {
  const lang = languageOf(file);
  const p = DRAFT_PLACEHOLDER[lang];
  const text = source.replace(/\{\{todo "[^"]*"\}\}/g, (call) => " ".repeat(call.length));
  const found: Literal[] = [];
  const words = new RegExp(WORDS.join("|"), "g");
  for (const match of text.matchAll(words)) {
    const at = match.index;
    const line = text.slice(0, at).split("\n").length;
    const after = text.slice(at + match[0].length);
    if (!COLONS.test(after)) {
      const problem = match[0] === p.word ? undefined : `names the placeholder's word as "${match[0]}", not "${p.word}"`;
      found.push({ file, line, text: match[0], problem });
      continue;
    }
    const start = text.lastIndexOf(p.open, at);
    const end = text.indexOf(p.close, at);
    const written = start < 0 || end < 0 ? match[0] : text.slice(start, end + p.close.length);
    const label = written.slice(p.open.length + p.word.length + p.colon.length, -p.close.length);
    let problem: string | undefined;
    if (written !== placeholder(label, lang) || start + p.open.length !== at || label !== label.trim() || label.includes("\n")) problem = `is not written as ${placeholder("…", lang)}`;
    else if (file.endsWith(".hbs")) problem = `write {{todo "${label}"}}`;
    found.push({ file, line, text: written, problem });
  }
  return found;
}

const ALL = FILES.flatMap((file) => literals(file, readFileSync(path.join(ROOT, file), "utf8")));

describe("placeholders in prompts and templates follow the one definition", () => {
  it("each literal is the definition's placeholder or its word, and a Handlebars file writes {{todo}}", () => {
    expect(ALL.filter((l) => l.problem).map((l) => `${l.file}:${l.line}: ${l.text} ${l.problem}`)).toEqual([]);
  });

  it("finds the literals that must stay: the init templates' notes and the fundraising sentences naming the word", () => {
    const where = ALL.map((l) => `${l.file} ${l.text}`);
    expect(where).toContain(`templates/init/zh/base.yaml ${placeholder("…", "zh")}`);
    expect(where).toContain(`templates/init/en/base.yaml ${placeholder("…", "en")}`);
    expect(where).toContain(`templates/zh/offline/fundraising.md.hbs ${DRAFT_PLACEHOLDER.zh.word}`);
    expect(where).toContain(`templates/en/offline/fundraising.md.hbs ${DRAFT_PLACEHOLDER.en.word}`);
  });

  it("would catch a literal written another way", () => {
    const problems = (file: string, text: string) => literals(file, text).map((l) => l.problem);
    expect(problems("templates/init/zh/x.yaml", "显示为［待补充：…］")).toEqual([`is not written as ${placeholder("…", "zh")}`]);
    expect(problems("templates/init/en/x.yaml", "shows as [TBD: …]")).toEqual([`is not written as ${placeholder("…", "en")}`]);
    expect(problems("prompts/en/x.md.hbs", `write ${placeholder("…", "en")} for it`)).toEqual(['write {{todo "…"}}']);
    expect(problems("prompts/zh/x.md.hbs", "标注“待定”的要素")).toEqual([`names the placeholder's word as "待定", not "${DRAFT_PLACEHOLDER.zh.word}"`]);
    expect(problems("prompts/zh/x.md.hbs", '写{{todo "……"}}，标注“待补充”的要素')).toEqual([undefined]);
  });
});
