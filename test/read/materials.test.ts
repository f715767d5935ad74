// Materials saved as GBK, UTF-16, with a byte-order mark, in Word or PDF reach the prompt as their
// text, with one note on stderr for GBK; undecodable ones stop the run, naming the file and the fix.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadFacts } from "../../src/facts/load.js";
import { tempDir } from "../helpers/temp.js";
import { makeDocx, makePdf } from "./make-documents.js";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { randomBytes } from "node:crypto";

// A small facts file, in YAML's flow style to keep it to one line per field.
const FACTS = `title: 社区助餐项目
organization: { name: 某某社工中心 }
need: { problem: 独居老人吃饭难 }
beneficiaries: [{ group: 独居老人, count: 300, unit: 人 }]
`;
const TEXT = "调研显示，本社区 300 名独居老人中 62% 行动不便。";

const FACTS_EN = `title: Meals for older people
organization: { name: Sunrise Community Care }
need: { problem: Older people living alone miss meals }
beneficiaries: [{ group: older people living alone, count: 300, unit: people }]
`;

async function project(materials: Record<string, Buffer>, facts_ = FACTS): Promise<string> {
  const dir = await tempDir("grantsmith-materials-");
  await mkdir(path.join(dir, "materials"));
  for (const [name, bytes] of Object.entries(materials)) await writeFile(path.join(dir, "materials", name), bytes);
  const facts = path.join(dir, "facts.yaml");
  await writeFile(facts, `${facts_}materials:\n${Object.keys(materials).map((name) => `  - materials/${name}\n`).join("")}`);
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
    // Said in the facts' language, as every line about the facts is.
    expect(loaded.warnings).toEqual(["提示：materials/调研.txt 是 GBK（GB18030）编码，已按此读取"]);
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
      // The facts are Chinese, so the whole line is, the reader's reason included.
      expect.stringMatching(/facts\.yaml:6:5: materials\[0\]: “materials\/notes\.txt”无法使用：不是 UTF-8、UTF-16 或 GBK 编码的文本；请另存为 UTF-8$/),
      expect.stringMatching(/facts\.yaml:7:5: materials\[1\]: “materials\/scan\.pdf”无法使用：没有文字层：请从 Word 导出为文本，或先做 OCR 识别$/),
    ]);
  });
});

describe("the size limit of a material is on its text, not its file", () => {
  it("a 3 MB Word file (a photo in it) with 20 KB of text is read", async () => {
    const words = "调研显示本社区独居老人行动不便。".repeat(450);
    const files = unzipSync(new Uint8Array(await makeDocx([{ heading: "调研报告" }, { paragraph: words }])));
    // Random bytes do not compress: the file is as large as a document with a few photos in it.
    const zippable: Zippable = { ...files, "word/media/photo1.png": [randomBytes(3 * 1024 * 1024), { level: 0 }] };
    const docx = Buffer.from(zipSync(zippable));
    expect(docx.length).toBeGreaterThan(3 * 1024 * 1024);
    const loaded = await loadFacts(await project({ "report.docx": docx }));
    expect(loaded.materials[0]!.text).toContain(words);
  });

  // A PDF's pages are compressed: a few KB of file can hold a book's worth of text (45 lines fit on a page).
  const bigPdf = () => makePdf(Array.from({ length: 120 }, () => Array.from({ length: 45 }, () => "Survey of older people living alone in the district, 2024. ".repeat(2))), { compress: true });

  it("a small PDF holding more than 512 KB of text is refused, in the facts' language, with the fix", async () => {
    const pdf = bigPdf();
    expect(pdf.length).toBeLessThan(512 * 1024);
    const zh = await loadFacts(await project({ "book.pdf": pdf })).catch((e: unknown) => e);
    expect(zh).toBeInstanceOf(InputError);
    expect((zh as InputError).message).toMatch(/facts\.yaml:6:5: materials\[0\]: “materials\/book\.pdf”的文字有 \d+ KB，超过背景材料 512 KB 的上限；请把相关部分摘录到一个较小的文件中$/);
    const en = await loadFacts(await project({ "book.pdf": pdf }, FACTS_EN)).catch((e: unknown) => e);
    expect(en).toBeInstanceOf(InputError);
    expect((en as InputError).message).toMatch(/facts\.yaml:6:5: materials\[0\]: "materials\/book\.pdf" holds \d+ KB of text, over the 512 KB a material may hold; quote the relevant part in a smaller file$/);
  });

  it("a text file too large to read at all is refused by its size before it is read", async () => {
    const error = await loadFacts(await project({ "dump.txt": Buffer.alloc(1536 * 1024, "a") }, FACTS_EN)).catch((e: unknown) => e);
    expect((error as InputError).message).toMatch(/materials\[0\]: "materials\/dump\.txt" is a 1\.5 MB file, over the 1\.0 MB a material of its kind may be; quote the relevant part in a smaller file$/);
  });
});

describe("an English facts file's materials", () => {
  it("are spoken of in English on a Chinese system, the reader's reason and the GBK note included", async () => {
    vi.stubEnv("GRANTSMITH_LANG", undefined);
    vi.stubEnv("LC_ALL", "zh_CN.UTF-8");
    try {
      const scan = await project({ "scan.pdf": makePdf([[]]) }, FACTS_EN);
      const error = await loadFacts(scan).catch((e: unknown) => e);
      expect((error as InputError).message).toMatch(/materials\[0\]: "materials\/scan\.pdf": no text layer: export it from Word as text or OCR it$/);
      const gbk = await loadFacts(await project({ "survey.txt": iconv.encode(TEXT, "gbk") }, FACTS_EN));
      expect(gbk.warnings).toEqual(["note: materials/survey.txt is GBK (GB18030); read it as such"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("a facts file saved as GBK or UTF-16", () => {
  it("is read as its text, GBK said among the warnings; text in no known encoding is exit 2 with the fix", async () => {
    const dir = await tempDir("grantsmith-facts-encoding-");
    const gbk = path.join(dir, "gbk.yaml");
    await writeFile(gbk, iconv.encode(FACTS, "gbk"));
    const read = await loadFacts(gbk);
    expect(read.facts.title).toBe("社区助餐项目");
    expect(read.facts.language).toBe("zh");
    expect(read.warnings).toContain(`提示：${gbk} 是 GBK（GB18030）编码，已按此读取`);
    const utf16 = path.join(dir, "utf16.yaml");
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FACTS, "utf16le")]));
    expect((await loadFacts(utf16)).facts.organization.name).toBe("某某社工中心");
    const latin = path.join(dir, "latin.yaml");
    await writeFile(latin, Buffer.from("title: Caf\xe9 cr\xe8me\n", "latin1"));
    const error = await loadFacts(latin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/latin\.yaml: (not text in UTF-8, UTF-16 or GBK; save it as UTF-8|不是 UTF-8、UTF-16 或 GBK 编码的文本；请另存为 UTF-8)$/);
  });
});
