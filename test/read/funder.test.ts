// The funder's call for proposals, as it usually arrives: a Word file, a PDF, or GBK text.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { loadFunderPriorities } from "../../src/judge/funder.js";
import { makeDocx, makePdf, writeTemp } from "./make-documents.js";

describe("--funder FILE", () => {
  it("a Word call for proposals gives its text", async () => {
    const call = await writeTemp("call.docx", await makeDocx([{ heading: "资助方向" }, { paragraph: "优先支持农村留守儿童项目。" }]));
    expect(await loadFunderPriorities(call)).toEqual({ file: call, text: "# 资助方向\n\n优先支持农村留守儿童项目。" });
  });

  it("GBK text is read as such, with the note for stderr", async () => {
    const call = await writeTemp("priorities.txt", iconv.encode("优先支持农村留守儿童项目。", "gbk"));
    expect(await loadFunderPriorities(call)).toEqual({ file: call, text: "优先支持农村留守儿童项目。", note: `note: ${call} is GBK (GB18030); read it as such` });
  });

  it("a scanned PDF is an input error that says what to do", async () => {
    const call = await writeTemp("call.pdf", makePdf([[]]));
    await expect(loadFunderPriorities(call)).rejects.toThrow(`--funder ${call}: no text layer: export it from Word as text or OCR it`);
  });
});
