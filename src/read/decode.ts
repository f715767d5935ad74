// Bytes of a text file into text: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE with a
// byte-order mark, and GB18030/GBK, which Chinese Windows saves as "plain text". GBK is recognised
// only when the bytes are not UTF-8 and decode as GB18030 into mostly Chinese text, so that no
// other encoding is ever passed off as Chinese: anything else is undecodable, never mojibake.
import { createRequire } from "node:module";
import { t, type Lang } from "../i18n/index.js";

export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export type Decoded = { kind: "text"; text: string; encoding: TextEncodingName } | { kind: "binary" } | { kind: "undecodable" };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true });

/** What the bytes are: text in a known encoding, a binary file, or text in none we can trust. */
export function decodeText(bytes: Uint8Array): Decoded {
  // A UTF-16 file is full of zero bytes, so its byte-order mark is looked at before the binary test.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, utf16le, "UTF-16LE");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, utf16be, "UTF-16BE");
  if (bytes.subarray(0, 8000).includes(0)) return { kind: "binary" };
  try {
    // The decoder drops a UTF-8 byte-order mark.
    return { kind: "text", text: utf8.decode(bytes), encoding: "UTF-8" };
  } catch {
    const text = decodeGb18030(bytes);
    return text !== undefined ? { kind: "text", text, encoding: "GB18030" } : { kind: "undecodable" };
  }
}

function utf16(bytes: Uint8Array, decoder: { decode(bytes: Uint8Array): string }, encoding: TextEncodingName): Decoded {
  try {
    // The decoder drops the byte-order mark.
    return { kind: "text", text: decoder.decode(bytes), encoding };
  } catch {
    return { kind: "undecodable" };
  }
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
// Chinese punctuation and full-width forms, which GBK text is full of too.
const CJK_MARK = /[\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u00b7]/u;
/** Share of the non-ASCII characters that must be Chinese for the bytes to count as GBK. */
const MIN_CHINESE_SHARE = 0.9;

/**
 * Share of the two-byte characters in the GB2312 area (A1–F7 then A1–FE): everyday Chinese. Other
 * encodings' bytes (Shift_JIS kana, say) decode too, but into GBK's rare extension characters.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    // A four-byte GB18030 sequence (a digit second) is counted once, as not common.
    i += trail >= 0x30 && trail <= 0x39 ? 3 : 1;
  }
  return pairs === 0 ? 0 : common / pairs;
}

/** The text, when the bytes are GB18030 that reads as Chinese; undefined otherwise. */
export function decodeGb18030(bytes: Uint8Array): string | undefined {
  if (gb2312Share(bytes) < MIN_CHINESE_SHARE) return undefined;
  // iconv-lite is loaded only for the rare file that needs it.
  const iconv = createRequire(import.meta.url)("iconv-lite") as { decode(bytes: Buffer, encoding: string): string };
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  if (text.includes("\ufffd")) return undefined;
  let other = 0;
  let chinese = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (HAN.test(ch) || CJK_MARK.test(ch)) chinese++;
    else other++;
  }
  const total = chinese + other;
  return total > 0 && chinese / total >= MIN_CHINESE_SHARE ? text.replace(/^\ufeff/, "") : undefined;
}

/** The one line on stderr that says a file was read as GBK, so a writer knows why it worked. */
export function encodingNote(file: string, encoding: TextEncodingName, lang?: Lang): string | undefined {
  return encoding === "GB18030" ? t("read.gbkNote", { file }, lang) : undefined;
}
