// Two funder forms as funders hand them out, written with the docx library (not with the code under
// test): a plain one (label cells, numbered headings with blank lines under them, a header with the
// funder's name) and a tagged one ({{tags}} split across runs, a content control).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

const blank = () => new Paragraph({ children: [] });
const labelRow = (...labels: string[]) =>
  new TableRow({
    children: labels.flatMap((label) => [
      new TableCell({ width: { size: 2000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [blank()] }),
    ]),
  });

export async function plainFormZh(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun("某区社区公益创投项目申报书（样表）")] })] }) },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "公益项目申报书", bold: true, size: 36 })] }),
          new Table({
            rows: [labelRow("项目名称", "申报单位"), labelRow("项目周期", "申请金额（元）"), labelRow("联系人", "联系电话"), labelRow("统一社会信用代码", "项目总预算")],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("一、项目背景与需求分析")] }),
          blank(),
          blank(),
          blank(),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("二、项目目标（100字以内）")] }),
          blank(),
          blank(),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("三、项目预算")] }),
          blank(),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("四、其他需要说明的事项")] }),
          blank(),
          new Paragraph({ children: [new TextRun("申报单位（盖章）：")] }),
          new Paragraph({ children: [new TextRun("本表一式三份。")] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A venture-grant application form laid out as district programmes hand them out (cover lines to
 * write on, a label table with a unit in one label, a wide cell under a long label with a limit, and
 * numbered sub-headings with a limit and a note in brackets). Labels are the usual ones; no text of
 * any real form is reproduced.
 */
export async function ventureFormZh(): Promise<Buffer> {
  const cell = (text: string, span = 1) =>
    new TableCell({ columnSpan: span, children: [new Paragraph({ children: text ? [new TextRun(text)] : [] })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "社区公益创投项目申报书", bold: true, size: 36 })] }),
          new Paragraph({ children: [new TextRun("项目名称：")] }),
          new Paragraph({ children: [new TextRun("申请机构："), new TextRun("＿＿＿＿＿＿＿＿")] }),
          new Paragraph({ children: [new TextRun("联系电话：")] }),
          new Paragraph({ children: [new TextRun("填报说明：请用仿宋小四字体填写，内容不超过要求字数。")] }),
          new Table({
            rows: [
              new TableRow({ children: [cell("申报单位"), cell(""), cell("登记证号"), cell("")] }),
              new TableRow({ children: [cell("成立时间"), cell(""), cell("评估等级"), cell("")] }),
              new TableRow({ children: [cell("年度年检结论"), cell(""), cell("申请金额（万元）"), cell("")] }),
              new TableRow({ children: [cell("邮政编码"), cell(""), cell("项目周期"), cell("")] }),
              new TableRow({ children: [cell("单位简介（请列举机构以往开展的项目和业务情况，500字以内）", 4)] }),
              new TableRow({ children: [cell("", 4)] }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: "二、项目方案", bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: "（一）项目简介（简要描述服务群体、要解决的问题和方法，500字以内）", bold: true })] }),
          blank(),
          new Paragraph({ children: [new TextRun({ text: "（二）项目实施必要性（请描述需求分析及需求来源）", bold: true })] }),
          blank(),
          blank(),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function taggedFormEn(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          // Word splits a tag over runs when it is typed with pauses or spell-checked.
          new Paragraph({ children: [new TextRun("Project: "), new TextRun("{{ti"), new TextRun({ text: "tle}}", bold: true })] }),
          new Paragraph({ children: [new TextRun("Applicant: {{organization.name}} (registered {{ organization.founded }})")] }),
          new Paragraph({ children: [new TextRun("Phone: {{phone}}")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("1. The need")] }),
          new Paragraph({ children: [new TextRun("{{section.need}}")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("2. Budget")] }),
          new Paragraph({ children: [new TextRun("CONTROL-HERE")] }),
          new Paragraph({ children: [new TextRun("{{unknown_field}}")] }),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc);
  // A block content control titled "budget", as Word's Developer tab makes one, in place of the marker paragraph.
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files["word/document.xml"]!);
  const marker = /<w:p>(?:(?!<w:p>).)*?CONTROL-HERE.*?<\/w:p>/s;
  if (!marker.test(xml)) throw new Error("marker paragraph not found");
  files["word/document.xml"] = strToU8(
    xml.replace(
      marker,
      '<w:sdt><w:sdtPr><w:alias w:val="Budget"/><w:tag w:val="section.budget"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>',
    ),
  );
  return Buffer.from(zipSync(files));
}

/** The text of a .docx part's paragraphs, one string per paragraph, read with regexes (not with the code under test). */
export function paragraphsOf(bytes: Uint8Array, part = "word/document.xml"): string[] {
  const xml = strFromU8(unzipSync(bytes)[part]!);
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>|<w:p\/>/gs)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).join(""),
  );
}

/** The text of each table cell, row by row. */
export function cellsOf(bytes: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  return [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
  );
}

/** A short Chinese form asking for the project name and the monitoring section, which revise rewrites. */
/** `limit`: the heading states a length limit, as 一、监测与评估（300字以内）. */
export async function monitoringFormZh(limit?: number): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({ rows: [labelRow("项目名称", "申报单位")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(limit ? `一、监测与评估（${limit}字以内）` : "一、监测与评估")] }),
          blank(),
          blank(),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * An English form that asks questions: a bold question (numbered, some with a word limit) and blank
 * lines under it for the answer, a contact table with "Contact email", and a question grantsmith
 * has no section for.
 */
export async function questionFormEn(): Promise<Buffer> {
  const question = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "Community Grants: Application", bold: true, size: 32 })] }),
          new Table({ rows: [labelRow("Project title", "Contact email")] }),
          question("1. Why is your project needed? (max. 250 words)"),
          blank(),
          blank(),
          question("2. What are the main risks and how will you manage them?"),
          blank(),
          question("3. Please give a breakdown of your budget"),
          blank(),
          blank(),
          question("4. Who will benefit and how many people?"),
          blank(),
          question("5. How will you measure success?"),
          blank(),
          // Unnumbered and longer than a bold title: the question mark makes it one the form asks.
          question("How will the project be sustained after the grant period ends and beyond?"),
          blank(),
          question("6. Is there anything else you would like us to know?"),
          blank(),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
