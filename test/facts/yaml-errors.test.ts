// A YAML syntax error is one line per problem: file:line:col where the cause is, what it is and how
// to fix it, in the user's language. An unclosed [ { or quote is named where it was opened, not as
// the indentation problem the parser meets lines later.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { openAt } from "../../src/util/yaml-errors.js";
import { parseYamlSource } from "../../src/util/yaml-source.js";

function errorsOf(text: string, lang: "en" | "zh"): string[] {
  try {
    parseYamlSource("facts.yaml", text, lang);
  } catch (error) {
    if (error instanceof InputError) return [error.message, ...error.details];
    throw error;
  }
  throw new Error("parsed");
}

interface Case {
  name: string;
  text: string;
  en: RegExp;
  zh: RegExp;
}

const CASES: Case[] = [
  {
    name: "an unclosed flow sequence (title: [)",
    text: "title: [\nsummary: x\n",
    en: /^facts\.yaml:1:8: syntax error: the "\[" here is never closed; end the list with "\]" on the same line \(title: \[a, b\]\), or, if the \[ is part of the text, put the whole value in quotes/,
    zh: /^facts\.yaml:1:8: 语法错误：这里的“\[”没有配对的“\]”；请在同一行用“\]”结束列表（title: \[a, b\]），如果“\[”是文字的一部分，请给整个值加上英文引号/,
  },
  { name: "an unclosed list at the end of the file", text: "language: zh\nneed:\n  problem: [草案\n", en: /^facts\.yaml:3:12: syntax error: the "\[" here is never closed.*\(problem: \[a, b\]\)/, zh: /^facts\.yaml:3:12: 语法错误：这里的“\[”没有配对的“\]”/ },
  { name: "an unclosed flow mapping", text: "organization: {name: x\nsummary: y\n", en: /^facts\.yaml:1:15: syntax error: the "\{" here is never closed; end the mapping with "\}"/, zh: /^facts\.yaml:1:15: 语法错误：这里的“\{”没有配对的“\}”；请在同一行用“\}”结束映射/ },
  { name: "an unclosed quote", text: 'title: "abc\nsummary: x\n', en: /^facts\.yaml:1:8: syntax error: the quote " here is never closed; add the closing " at the end of the value/, zh: /^facts\.yaml:1:8: 语法错误：这里的引号 " 没有配对；请在值的末尾补上 "/ },
  { name: "a ] that closes nothing", text: "title: [a, b]]\n", en: /^facts\.yaml:1:14: syntax error: "\]" here closes nothing; remove it/, zh: /^facts\.yaml:1:14: 语法错误：这里的“\]”前面没有与之配对的括号；请删除它/ },
  {
    name: "a value on a key's line with fields below it, told once for the key",
    text: "title: x\norganization: 晨光社工\n  name: 晨光社会工作服务中心\n  founded: 2016\n  contact:\n    name: 王\nneed:\n  problem: y\n",
    en: /^facts\.yaml:2:15: syntax error: "organization:" has a value on the same line \("晨光社工"\) and fields indented below it \(name, founded, contact\); keep one of the two: remove "晨光社工" and keep the fields, or remove the indented lines$/,
    zh: /^facts\.yaml:2:15: 语法错误：“organization:”这一行已经写了值“晨光社工”，下面缩进的几行（name、founded、contact）又是它的字段，二者只能取其一；/,
  },
  {
    name: "a value on a key's line with a list below it",
    text: "title: x\nbeneficiaries: 独居老人\n  - group: 老人\n    count: 5\nobjectives: 送餐\n- text: 送餐200份\n",
    en: /^facts\.yaml:2:16: syntax error: "beneficiaries:" has a value on the same line \("独居老人"\) and list items below it; keep one of the two/,
    zh: /^facts\.yaml:2:16: 语法错误：“beneficiaries:”这一行已经写了值“独居老人”，下面的几行又是它的列表项，二者只能取其一；/,
  },
  { name: "a tab in the indentation", text: "title: a\n\tb: c\n", en: /^facts\.yaml:2:1: syntax error: a tab is used to indent; indent with spaces$/, zh: /^facts\.yaml:2:1: 语法错误：不能用 Tab 缩进；请改用空格$/ },
  { name: "a key written twice", text: "title: x\ntitle: y\n", en: /^facts\.yaml:2:1: syntax error: this key is written twice at the same level; keep one of them$/, zh: /^facts\.yaml:2:1: 语法错误：同一层中的键重复了；请只保留一个$/ },
  { name: "a value starting with a reserved character", text: "title: @home\n", en: /^facts\.yaml:1:8: syntax error: a value cannot start with this character .*; put the value in quotes$/, zh: /^facts\.yaml:1:8: 语法错误：值不能以这个保留字符开头.*；请给它加上引号$/ },
  { name: "a second document", text: "title: x\n---\nb: 1\n", en: /^facts\.yaml:2:1: syntax error: the file holds more than one YAML document; remove the extra --- line$/, zh: /^facts\.yaml:2:1: 语法错误：一个文件只能包含一个 YAML 文档；请去掉多余的 ---$/ },
  { name: "a key inside a value", text: "a: b: c\n", en: /^facts\.yaml:1:4: syntax error: a value holds another "key:"; put a space after the colon/, zh: /^facts\.yaml:1:4: 语法错误：键的写法有误.*；请在冒号后加空格/ },
];

describe("YAML syntax errors", () => {
  it.each(CASES)("$name", ({ text, en, zh }) => {
    const english = errorsOf(text, "en");
    expect(english[0]).toMatch(en);
    const chinese = errorsOf(text, "zh");
    expect(chinese[0]).toMatch(zh);
    // Every line has a place and a fix, and none is the parser's own English in a Chinese run.
    for (const line of english) expect(line).toMatch(/^facts\.yaml:\d+:\d+: syntax error: .+; .+/);
    for (const line of chinese) expect(line).toMatch(/^facts\.yaml:\d+:\d+: 语法错误：.+；.+/);
    for (const line of chinese) expect(line).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
  });

  it("says a value with fields below it in one line, and leaves a value continued on the next line alone", () => {
    expect(errorsOf("title: x\norganization: 晨光社工\n  name: a\n  founded: 2016\n", "en")).toHaveLength(1);
    // Only the fields right below are named, not those of a mapping inside (contact's role).
    expect(errorsOf("title: x\norganization: 晨光社工\n  contact:\n    role: 主任\n  name: a\n", "en")[0]).toContain("(contact, name)");
    expect(errorsOf("title: x\nbeneficiaries: 独居老人\n  - group: 老人\n    count: 5\nobjectives: 送餐\n- text: 送餐200份\n", "zh")).toHaveLength(2);
    // A plain value may go on over indented lines; only "field:" lines below make it a mistake.
    expect(parseYamlSource("facts.yaml", "title: x\nsummary: 很长的\n  一段文字\n", "zh").doc.toJS()).toEqual({ title: "x", summary: "很长的 一段文字" });
  });

  it("finds what is left open, skipping comments, quotes and brackets inside plain text", () => {
    expect(openAt("title: [a, b]\nx: [\n", 100)).toEqual({ char: "[", offset: 17, key: "x" });
    expect(openAt("title: x # [ not a list\ny: 1\n", 100)).toBeUndefined();
    expect(openAt("note: a [b\n", 100)).toBeUndefined();
    expect(openAt("list:\n  - {a: \"x]\", b: [1\n", 100)).toEqual({ char: "[", offset: 23, key: "" });
    expect(openAt("t: 'it''s\n", 100)).toEqual({ char: "'", offset: 3, key: "t" });
  });
});
