// Materials saved as GBK, UTF-16, with a byte-order mark, in Word or PDF reach the prompt as their
// text, with one note on stderr for GBK; undecodable ones stop the run, naming the file and the fix.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadFacts } from "../../src/facts/load.js";
import { tempDir } from "../helpers/temp.js";
import { makeDocx, makePdf } from "./make-documents.js";

// A small facts file, in YAML's flow style to keep it to one line per field.
const FACTS = `title: 社区助餐项目
organization: { name: 某某社工中心 }
need: { problem: 独居老人吃饭难 }
beneficiaries: [{ group: 独居老人, count: 300, unit: 人 }]
`;
const TEXT = "调研显示，本社区 300 名独居老人中 62% 行动不便。";

async function project(materials: Record<string, Buffer>): Promise<string> {
  const dir = await tempDir("grantsmith-materials-");
  await mkdir(path.join(dir, "materials"));
  for (const [name, bytes] of Object.entries(materials)) await writeFile(path.join(dir, "materials", name), bytes);
  const facts = path.join(dir, "facts.yaml");
  await writeFile(facts, `${FACTS}materials:\n${Object.keys(materials).map((name) => `  - materials/${name}\n`).join("")}`);
  return facts;
}

describe("materials in any encoding or document", () => {
  it("GBK, UTF-16 LE/BE and UTF-8 with a BOM are read as their text; GBK is said once on stderr", async () => {
    const facts = await project({
      "调研.txt": iconv.encode(TEXT, "gbk"),
      "le.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]),
      "be.md": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()]),
      "bom.md": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
    });
    const loaded = await loadFacts(facts);
    expect(loaded.materials.map((m) => m.text)).toEqual([TEXT, TEXT, TEXT, TEXT]);
    expect(loaded.warnings).toEqual(["note: materials/调研.txt is GBK (GB18030); read it as such"]);
  });

  it("Word and PDF materials are read as text", async () => {
    const facts = await project({
      "background.docx": await makeDocx([{ heading: "调研报告" }, { paragraph: TEXT }]),
      "survey.pdf": makePdf([["Survey of 300 older people, 2024"]]),
    });
    const loaded = await loadFacts(facts);
    expect(loaded.materials).toEqual([
      { path: "materials/background.docx", text: `# 调研报告\n\n${TEXT}\n` },
      { path: "materials/survey.pdf", text: "Survey of 300 older people, 2024\n" },
    ]);
  });

  it("an undecodable material or an image-only PDF is an input error naming the file and the fix", async () => {
    const facts = await project({ "notes.txt": Buffer.from("Caf\xe9 cr\xe8me\n", "latin1"), "scan.pdf": makePdf([[]]) });
    const error = await loadFacts(facts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const lines = [(error as InputError).message, ...(error as InputError).details];
    expect(lines).toEqual([
      // The facts are Chinese, so the line around the reader's own words is too.
      expect.stringMatching(/facts\.yaml:6:5: materials\[0\]: “materials\/notes\.txt”无法使用：not text in UTF-8, UTF-16 or GBK; save it as UTF-8$/),
      expect.stringMatching(/facts\.yaml:7:5: materials\[1\]: “materials\/scan\.pdf”无法使用：no text layer: export it from Word as text or OCR it$/),
    ]);
  });
});
