// Fills a funder's own Word form in place: everything the form holds (styles, headers, logos, fixed
// text) stays; only the places meant for answers change. Two kinds of form are read:
//   tagged — `{{title}}`, `{{section.need}}` in the text (Word often splits one across runs), or
//            content controls whose tag or title names a field;
//   plain  — headings (一、项目背景…) followed by empty space, label cells (项目名称, 申请金额…)
//            whose neighbour cell (right, or below) is empty, and lines like "项目名称：＿＿＿".
// Every place found is reported as filled (and from what) or left empty. Nothing is invented: a
// field the facts do not hold stays empty and is reported so.
import { unzipSync, zipSync } from "fflate";
import type { Block } from "../model.js";
import { plainText } from "../markdown/inline.js";
import { placeholder } from "../../text/placeholders.js";
import { bracketedMark, DOTTED_NUMBER, NUMBER_STOP, numeralMark } from "../../text/heading-marks.js";
import { isRequest } from "../../text/requests.js";
import { blocksToXml, paragraph, run, styleOf, textParagraph, type FormStyle } from "./form-blocks.js";
import { attr, childElements, findAll, firstChild, parseXml, serializeXml, unescapeXml, XmlError, type XmlElement, type XmlNode } from "./xml.js";

/** A value the facts give for a form field. */
export interface FieldValue {
  value: string;
  /** Where it comes from, for the report: a facts path such as organization.name. */
  from: string;
}

/** What the form is filled with. */
export interface FormContent {
  language: "zh" | "en";
  /** The field a label or tag names (title, organization…), or undefined. */
  fieldFor(label: string): string | undefined;
  /** The field's value; `label` is the form's own label, which may name a unit (申请金额（万元）). */
  value(field: string, label?: string): FieldValue | undefined;
  /** The facts path that would give the field a value, for the report. */
  path(field: string): string;
  /**
   * The section a heading names (need, budget…), or undefined; `question`: the heading asks a
   * question ("Why is your project needed?"), whose first meaning word names what is asked.
   */
  sectionFor(heading: string, question?: boolean): string | undefined;
  /** The section's blocks without its own heading; empty when the draft has none. */
  section(id: string): Block[];
  /** The section's length in the unit a limit is stated in. */
  length(id: string, unit: LimitUnit): number;
}

export type LimitUnit = "chars" | "words";

export interface FormField {
  /** The label, heading or tag as the form writes it. */
  label: string;
  how: "tag" | "control" | "label" | "heading" | "line";
  /** Where in the form: "table 2, row 3" or "paragraph 14". */
  place: string;
  /** What filled it: a facts path, or section:<id>; absent when left empty. */
  from?: string;
  /** The facts path that would fill it, when the facts hold nothing there. */
  wants?: string;
  /** Why it is empty. */
  reason?: "no-match" | "no-value" | "no-section" | "duplicate";
  /** A limit the form states for it (≤500字, max 300 words), and the length written. */
  limit?: { max: number; unit: LimitUnit; written: number };
}

export interface FilledForm {
  bytes: Uint8Array;
  fields: FormField[];
}

const TAG = /\{\{\s*([\w.\u4e00-\u9fff-]+)\s*\}\}/g;

/** The limit a label states: 500字以内, 不超过300字, (≤500字), max. 250 words, 300 words maximum. */
export function statedLimit(label: string): { max: number; unit: LimitUnit } | undefined {
  const zh = /(?:不超过|不多于|限|少于|≤|<=)?\s*(\d{2,5})\s*字(?:以内|以下|内|左右)?/.exec(label);
  if (zh) return { max: Number(zh[1]), unit: "chars" };
  const en = /(?:max(?:imum)?\.?|up to|no more than|not more than|≤|<=)\s*(\d{2,5})\s*words?|(\d{2,5})\s*words?\s*(?:max(?:imum)?|or (?:less|fewer))/i.exec(label);
  if (en) return { max: Number(en[1] ?? en[2]), unit: "words" };
  return undefined;
}

/** The text of a paragraph (or any element), decoded, tabs as spaces. */
export function textOf(node: XmlElement): string {
  let out = "";
  const walk = (n: XmlNode) => {
    if (n.type !== "element") return;
    if (n.name === "w:t") {
      for (const c of n.children) if (c.type === "raw" && c.text) out += unescapeXml(c.raw);
      return;
    }
    if (n.name === "w:tab") out += " ";
    if (n.name === "w:br") out += "\n";
    for (const c of n.children) walk(c);
  };
  walk(node);
  return out;
}

/** A paragraph with nothing written in it (a blank line of the form, or underscores to write on). */
function isBlank(p: XmlElement): boolean {
  if (p.name !== "w:p") return false;
  if (findAll(p, "w:drawing").length > 0 || findAll(p, "w:pict").length > 0 || findAll(p, "w:sectPr").length > 0) return false;
  return /^[\s_＿\u3000]*$/.test(textOf(p));
}

/** A form's numbering: a heading's ("一、", "（1）", "2.1 ") or a letter item's ("a) "). */
const NUMBERING = new RegExp(`^\\s*(?:${numeralMark()}|${bracketedMark({ digits: true })}|${DOTTED_NUMBER}(?:${NUMBER_STOP}|\\s)|[A-Za-z][.)]\\s)\\s*`);

/**
 * A question a form asks for an answer in the space below it: "Why is your project needed?",
 * "项目的主要风险是什么？", "Please give a breakdown of your budget" (a request, as the scorer reads one:
 * text/requests.ts). A note in brackets after it
 * (a word limit) does not stop it being one.
 */
export function isQuestion(text: string): boolean {
  const bare = text.replace(/[（(][^）)]*[）)]/g, "").replace(/[*＊:：\s\u3000]+$/, "");
  return /[?？]$/.test(bare) || isRequest(bare.replace(NUMBERING, ""));
}

/** A heading as the section matcher reads it: numbering and bracketed notes dropped, words kept apart. */
function spacedLabel(text: string): string {
  return text
    .replace(NUMBERING, "")
    .replace(/[（(][^）)]*[）)]/g, " ")
    .replace(/[*＊_＿“”"‘’\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The longest a question the form asks may be, against 40 characters for a bold title. */
const QUESTION_LENGTH = 160;

function looksLikeHeading(p: XmlElement, text: string): boolean {
  const style = attr(firstChild(firstChild(p, "w:pPr") ?? p, "w:pStyle") ?? p, "w:val") ?? "";
  if (/heading|title|标题|^[1-9]$/i.test(style)) return true;
  if (NUMBERING.test(text) && text.length <= 60) return true;
  const runs = findAll(p, "w:r").filter((r) => textOf(r).trim().length > 0);
  return text.length <= (isQuestion(text) ? QUESTION_LENGTH : 40) && runs.length > 0 && runs.every((r) => firstChild(firstChild(r, "w:rPr") ?? r, "w:b") !== undefined);
}

/** A label or heading without its numbering, colon, asterisks and bracketed notes, for matching. */
export function normalizeLabel(text: string): string {
  return text
    .replace(NUMBERING, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[*＊:：_＿“”"'‘’\s\u3000]/g, "")
    .toLowerCase();
}

interface Cell {
  tc: XmlElement;
  /** First grid column and how many it spans. */
  col: number;
  span: number;
}

function cellsOf(tr: XmlElement): Cell[] {
  let col = 0;
  return childElements(tr, "w:tc").map((tc) => {
    const span = Number(attr(firstChild(firstChild(tc, "w:tcPr") ?? tc, "w:gridSpan") ?? tc, "w:val") ?? 1) || 1;
    const cell = { tc, col, span };
    col += span;
    return cell;
  });
}

class Filler {
  readonly fields: FormField[] = [];
  private readonly usedSections = new Map<string, string>();
  private paragraphCount = 0;

  constructor(private readonly content: FormContent) {}

  /**
   * The section a heading or label names. Its letters run together first (项目 背景 is 项目背景), as
   * Chinese forms space them; when that names none, its words are read apart, so an English heading
   * or question ("Why is your project needed?") is matched by its words.
   */
  private headingSection(text: string): string | undefined {
    return this.content.sectionFor(normalizeLabel(text)) ?? this.content.sectionFor(spacedLabel(text), isQuestion(text));
  }

  private style(p: XmlElement): FormStyle {
    return styleOf(p, this.content.language);
  }

  /** A section's blocks as XML, recording the field; undefined when nothing can go there. */
  private sectionXml(label: string, how: FormField["how"], place: string, id: string | undefined, template: XmlElement): XmlElement[] | undefined {
    const field: FormField = { label: label.trim(), how, place };
    this.fields.push(field);
    if (!id) {
      field.reason = "no-match";
      return undefined;
    }
    const earlier = this.usedSections.get(id);
    if (earlier !== undefined) {
      // Two places ask for one section: the first gets it, the second is not guessed at.
      field.reason = "duplicate";
      return undefined;
    }
    const blocks = this.content.section(id);
    if (blocks.length === 0) {
      field.reason = "no-section";
      return undefined;
    }
    this.usedSections.set(id, place);
    field.from = `section:${id}`;
    const limit = statedLimit(label);
    if (limit) field.limit = { ...limit, written: this.content.length(id, limit.unit) };
    return blocksToXml(blocks, this.style(template));
  }

  private valueText(label: string, how: FormField["how"], place: string, field: string | undefined): string | undefined {
    const entry: FormField = { label: label.trim(), how, place };
    this.fields.push(entry);
    if (!field) {
      entry.reason = "no-match";
      return undefined;
    }
    const value = this.content.value(field, label);
    if (!value) {
      entry.reason = "no-value";
      entry.wants = this.content.path(field);
      return undefined;
    }
    entry.from = value.from;
    return value.value;
  }

  /** A tag names a section (section.need, or a heading) or a field. */
  private tagTarget(name: string): { section?: string; field?: string } {
    const bare = name.replace(/^section\./, "");
    if (name.startsWith("section.")) return { section: this.content.sectionFor(bare) ?? bare };
    const field = this.content.fieldFor(name);
    if (field) return { field };
    const section = this.content.sectionFor(name);
    return section ? { section } : {};
  }

  /** Replaces {{tags}} in one paragraph; returns the paragraphs to put in its place when a section fills it. */
  fillTags(p: XmlElement, place: string): XmlElement[] | undefined {
    const texts = findAll(p, "w:t");
    const joined = texts.map((t) => textOf(t)).join("");
    if (!joined.includes("{{")) return undefined;
    const matches = [...joined.matchAll(TAG)];
    if (matches.length === 0) return undefined;
    // A paragraph that is one section tag becomes the section's paragraphs.
    if (matches.length === 1 && joined.trim() === matches[0]![0]) {
      const target = this.tagTarget(matches[0]![1]!);
      if (target.section !== undefined || !target.field) {
        const xml = this.sectionXml(matches[0]![1]!, "tag", place, target.section, p);
        return xml ?? [paragraph([run(this.gap(matches[0]![1]!), this.style(p), { highlight: true })], this.style(p))];
      }
    }
    const replacements = matches.map((m) => {
      const target = this.tagTarget(m[1]!);
      if (target.field) return this.valueText(m[1]!, "tag", place, target.field) ?? this.gap(m[1]!);
      const blocks = target.section ? this.content.section(target.section) : [];
      this.fields.push({ label: m[1]!, how: "tag", place, ...(blocks.length > 0 ? { from: `section:${target.section}` } : { reason: target.section ? "no-section" : "no-match" }) });
      return blocks.length > 0 ? plainOf(blocks) : this.gap(m[1]!);
    });
    // Word splits a tag across runs: the first run a tag starts in takes the value, the others lose
    // the tag's characters and keep the rest of their text.
    const owners: number[] = [];
    texts.forEach((t, index) => {
      for (let k = 0; k < textOf(t).length; k++) owners.push(index);
    });
    const pieces = texts.map(() => "");
    let at = 0;
    matches.forEach((m, k) => {
      for (; at < m.index!; at++) pieces[owners[at]!] += joined[at];
      pieces[owners[m.index!]!] += replacements[k];
      at = m.index! + m[0].length;
    });
    for (; at < joined.length; at++) pieces[owners[at]!] += joined[at];
    texts.forEach((t, index) => setText(t, pieces[index]!));
    return undefined;
  }

  /** The visible gap left where the facts hold nothing: as grantsmith's own drafts write it. */
  private gap(label: string): string {
    return placeholder(label, this.content.language);
  }

  /** A content control: its tag or title names the field. */
  fillControl(sdt: XmlElement, place: string): void {
    const pr = firstChild(sdt, "w:sdtPr");
    const body = firstChild(sdt, "w:sdtContent");
    if (!pr || !body) return;
    const name = attr(firstChild(pr, "w:tag") ?? pr, "w:val") ?? attr(firstChild(pr, "w:alias") ?? pr, "w:val");
    if (!name) return;
    const target = this.tagTarget(name);
    const paragraphs = childElements(body, "w:p");
    if (paragraphs.length > 0) {
      const template = paragraphs[0]!;
      const xml = target.field
        ? wrapText(this.valueText(name, "control", place, target.field), this.style(template))
        : this.sectionXml(name, "control", place, target.section, template);
      if (!xml) return;
      body.children = xml;
    } else {
      const firstRun = childElements(body, "w:r")[0];
      const text = target.field ? this.valueText(name, "control", place, target.field) : undefined;
      if (!target.field) this.fields.push({ label: name, how: "control", place, reason: "no-match" });
      if (text === undefined) return;
      const style: FormStyle = { rPr: firstRun ? firstChild(firstRun, "w:rPr") : undefined, language: this.content.language };
      body.children = [run(text, style)];
    }
    // The grey "click here to enter text" look goes with the placeholder.
    pr.children = pr.children.filter((c) => c.type !== "element" || c.name !== "w:showingPlcHdr");
  }

  /** Headings followed by blank paragraphs, and "label：＿＿" lines, among a run of body elements. */
  fillFlow(children: XmlNode[], where: (n: number) => string): XmlNode[] {
    const out: XmlNode[] = [];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== "element" || node.name !== "w:p") {
        out.push(node);
        continue;
      }
      this.paragraphCount++;
      const place = where(this.paragraphCount);
      const text = textOf(node).trim();
      const line = /^(.{1,30}?)[:：]\s*[_＿\u3000 ]{2,}\s*$/.exec(text) ?? /^(.{1,30}?)[:：]\s*$/.exec(text);
      if (line && this.content.fieldFor(line[1]!)) {
        const value = this.valueText(line[1]!, "line", place, this.content.fieldFor(line[1]!));
        if (value !== undefined) setLineValue(node, value);
        out.push(node);
        continue;
      }
      let blanks = 0;
      while (i + 1 + blanks < children.length && isBlankNode(children[i + 1 + blanks]!)) blanks++;
      if (text.length > 0 && blanks > 0 && looksLikeHeading(node, text)) {
        const firstBlank = children[i + 1]! as XmlElement;
        const xml = this.sectionXml(text, "heading", place, this.headingSection(text), firstBlank);
        out.push(node);
        if (xml) {
          out.push(...xml);
          i += blanks;
          this.paragraphCount += blanks;
        }
        continue;
      }
      out.push(node);
    }
    return out;
  }

  /** Label cells whose neighbour (right, else below) is empty. */
  fillTable(tbl: XmlElement, tableNumber: number): void {
    const rows = childElements(tbl, "w:tr");
    const grid = rows.map(cellsOf);
    const filled = new Set<XmlElement>();
    const label = (row: number, _k: number) => `${this.content.language === "zh" ? `表${tableNumber}第${row + 1}行` : `table ${tableNumber}, row ${row + 1}`}`;
    grid.forEach((cells, r) => {
      cells.forEach((cell, k) => {
        const paragraphs = childElements(cell.tc, "w:p");
        const text = textOf(cell.tc).trim();
        // A cell just filled holds an answer, not a label; a long text is not a label either.
        if (!text || text.includes("{{") || filled.has(cell.tc) || normalizeLabel(text).length > (isQuestion(text) ? QUESTION_LENGTH : 40)) return;
        const place = label(r, k);
        const field = this.content.fieldFor(text);
        // A row of label and value pairs (联系人 | … | 联系电话 | …) asks for short values: a label there
        // that reads like a section's heading (机构评估等级 → the organisation) is not asking for the section.
        const pairs = cells.length >= 4;
        const section = field || pairs ? undefined : this.headingSection(text);
        if (!field && !section) {
          // One cell holding a heading and blank lines under it: the blank lines are for the answer.
          if (paragraphs.length > 1 && looksLikeHeading(paragraphs[0]!, textOf(paragraphs[0]!).trim()) && paragraphs.slice(1).every(isBlank)) {
            const headingText = textOf(paragraphs[0]!).trim();
            const xml = this.sectionXml(headingText, "heading", place, this.headingSection(headingText), paragraphs[1]!);
            if (xml) setCellContent(cell.tc, [paragraphs[0]!, ...xml]);
            return;
          }
          // A short label with an empty cell beside it asks for something grantsmith cannot give: say so.
          const right = cells[k + 1];
          if (right && isEmptyCell(right.tc) && normalizeLabel(text).length <= 20 && !/^[\d\s.,%¥$￥元-]+$/.test(text)) {
            this.fields.push({ label: text, how: "label", place, reason: "no-match" });
            filled.add(right.tc);
          }
          return;
        }
        const right = cells[k + 1];
        const below = grid[r + 1]?.find((c) => c.col === cell.col);
        const target = right && isEmptyCell(right.tc) ? right.tc : below && isEmptyCell(below.tc) && grid[r + 1]!.every((c) => isEmptyCell(c.tc)) ? below.tc : undefined;
        if (!target) return;
        filled.add(target);
        const template = childElements(target, "w:p")[0] ?? paragraph([], { language: this.content.language });
        if (field) {
          const value = this.valueText(text, "label", place, field);
          if (value !== undefined) setCellContent(target, wrapText(value, this.style(template))!);
        } else {
          const xml = this.sectionXml(text, "label", place, section, template);
          if (xml) setCellContent(target, xml);
        }
      });
    });
  }
}

function isBlankNode(node: XmlNode): boolean {
  if (node.type === "raw") return !node.text || node.raw.trim() === "";
  return isBlank(node);
}

function isEmptyCell(tc: XmlElement): boolean {
  return childElements(tc, "w:tbl").length === 0 && childElements(tc, "w:p").every(isBlank);
}

/** A cell's paragraphs and tables replaced; a cell must end with a paragraph. */
function setCellContent(tc: XmlElement, content: XmlElement[]): void {
  const tcPr = firstChild(tc, "w:tcPr");
  const last = content[content.length - 1];
  const body = last && last.name === "w:p" ? content : [...content, paragraph([], { language: "zh" })];
  tc.children = tcPr ? [tcPr, ...body] : body;
}

function wrapText(text: string | undefined, style: FormStyle): XmlElement[] | undefined {
  if (text === undefined) return undefined;
  return text.split("\n").map((line) => textParagraph(line, style));
}

function setText(t: XmlElement, text: string): void {
  t.children = text ? [{ type: "raw", raw: text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), text: true }] : [];
  t.selfClosing = false;
  if (!t.attrs.some(([k]) => k === "xml:space")) t.attrs.push(["xml:space", "preserve"]);
}

/** "项目名称：＿＿＿" becomes "项目名称：the value": the underscores (or the space after the colon) take it. */
function setLineValue(p: XmlElement, value: string): void {
  const texts = findAll(p, "w:t");
  const joined = texts.map((t) => textOf(t)).join("");
  const colon = Math.max(joined.lastIndexOf("："), joined.lastIndexOf(":"));
  let seen = 0;
  let placed = false;
  for (const t of texts) {
    const own = textOf(t);
    const start = seen;
    seen += own.length;
    if (seen <= colon) continue;
    const keep = start <= colon ? own.slice(0, colon - start + 1) : "";
    setText(t, placed ? "" : keep + value);
    placed = true;
  }
  if (!placed) {
    const last = findAll(p, "w:r").pop();
    const style: FormStyle = { rPr: last ? firstChild(last, "w:rPr") : undefined, language: "zh" };
    p.children.push(run(value, style));
  }
}

/** A section as one line of text, for a tag that sits inside other text. */
function plainOf(blocks: readonly Block[]): string {
  return sectionText(blocks).replace(/\n+/g, " ");
}

/** The text of blocks, a line per paragraph or list item. */
export function sectionText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph" || block.type === "heading") out.push(plainText(block.content));
    else if (block.type === "list") for (const item of block.items) out.push(plainText(item.content));
    else if (block.type === "quote") out.push(sectionText(block.blocks));
  }
  return out.join("\n");
}

/** Why bytes are not a form that can be filled: not a zip, no document part, a part that is not XML. */
export type FormProblem = { problem: "not-zip" } | { problem: "no-document" } | { problem: "bad-xml"; detail: string };

/** A form unzipped and its document part parsed, once; filling works on a copy, so it can be filled again. */
export interface OpenedForm {
  readonly files: Readonly<Record<string, Uint8Array>>;
  readonly nodes: readonly XmlNode[];
}

/** The form's parts and its document part read as XML, or why it cannot be. */
export function openForm(bytes: Uint8Array): OpenedForm | FormProblem {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { problem: "not-zip" };
  }
  const part = files["word/document.xml"];
  if (!part) return { problem: "no-document" };
  let nodes: XmlNode[];
  try {
    nodes = parseXml(new TextDecoder().decode(part));
  } catch (error) {
    return { problem: "bad-xml", detail: error instanceof XmlError ? error.message : String(error) };
  }
  if (!bodyOf(nodes)) return { problem: "no-document" };
  return { files, nodes };
}

function bodyOf(nodes: readonly XmlNode[]): XmlElement | undefined {
  const root = nodes.find((n): n is XmlElement => n.type === "element" && n.name === "w:document");
  return root && firstChild(root, "w:body");
}

/** The form filled: the .docx, and every place found with what filled it or why it is empty. */
export function fillForm(form: OpenedForm, content: FormContent): FilledForm {
  const { nodes, fields } = fillTree(form, content);
  const files = { ...form.files, "word/document.xml": new TextEncoder().encode(serializeXml(nodes)) };
  return { bytes: zipSync(files), fields };
}

/** The places a fill would find, and what it would put there, without writing the .docx. */
export function formFields(form: OpenedForm, content: FormContent): FormField[] {
  return fillTree(form, content).fields;
}

/** Fills a copy of the form's document tree (the opened form stays as it was read). */
function fillTree(form: OpenedForm, content: FormContent): { nodes: XmlNode[]; fields: FormField[] } {
  const nodes = structuredClone(form.nodes) as XmlNode[];
  const body = bodyOf(nodes)!;
  const filler = new Filler(content);
  const language = content.language;
  const paragraphPlace = (n: number) => (language === "zh" ? `第${n}段` : `paragraph ${n}`);

  // Tags first, everywhere (body, tables, text boxes); a section tag's paragraph is replaced.
  let paragraphNumber = 0;
  const replaceTags = (parent: XmlElement) => {
    const next: XmlNode[] = [];
    for (const child of parent.children) {
      if (child.type === "element" && child.name === "w:p") {
        paragraphNumber++;
        const replaced = filler.fillTags(child, paragraphPlace(paragraphNumber));
        if (replaced) next.push(...replaced);
        else next.push(child);
        continue;
      }
      if (child.type === "element") replaceTags(child);
      next.push(child);
    }
    parent.children = next;
  };
  replaceTags(body);
  findAll(body, "w:sdt").forEach((sdt, k) => filler.fillControl(sdt, language === "zh" ? `内容控件${k + 1}` : `content control ${k + 1}`));
  // Then the plain form: label cells, and headings with space under them.
  findAll(body, "w:tbl").forEach((tbl, k) => filler.fillTable(tbl, k + 1));
  body.children = filler.fillFlow(body.children, paragraphPlace);
  return { nodes, fields: filler.fields };
}
