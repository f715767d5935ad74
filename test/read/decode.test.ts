// Text in every encoding a charity's computer saves "plain text" in, and nothing guessed at.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/read/decode.js";

const TEXT = "一、项目背景\n本社区有 300 名独居老人，其中 62% 行动不便。\n";
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

describe("decodeText", () => {
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8"), "UTF-8"],
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]), "UTF-8"],
    ["UTF-16 LE with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]), "UTF-16LE"],
    ["UTF-16 BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), "UTF-16BE"],
    ["GBK", iconv.encode(TEXT, "gbk"), "GB18030"],
    ["GB18030", iconv.encode(TEXT, "gb18030"), "GB18030"],
  ])("%s reads as the text, without the mark", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ kind: "text", text: TEXT, encoding });
  });

  it("English in GBK is plain ASCII, read as UTF-8", () => {
    expect(decodeText(iconv.encode("Need: 300 older people\n", "gbk"))).toMatchObject({ kind: "text", encoding: "UTF-8" });
  });

  it.each([
    ["Latin-1", Buffer.from("Caf\xe9 cr\xe8me \xe0 la mode, na\xefve r\xe9sum\xe9\n", "latin1")],
    ["Shift_JIS", iconv.encode("プロジェクトの背景：地域の高齢者を支援します。", "shift_jis")],
    ["Windows-1251", iconv.encode("Проект помощи пожилым людям", "win1251")],
  ])("%s is undecodable, never passed off as Chinese", (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ kind: "undecodable" });
  });

  it("a file with zero bytes and no UTF-16 mark is binary", () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))).toEqual({ kind: "binary" });
  });
});
