// A tiny reader of a zip's central directory, so tests open a .docx with code that did not write it
// (the writer zips with its own library). Handles stored and deflated entries, which is all Word uses.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error("broken central directory");
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** word/document.xml and word/styles.xml of a .docx file or its bytes. */
export function docxParts(input: string | Uint8Array): { document: string; styles: string; footer: string } {
  const files = unzip(typeof input === "string" ? readFileSync(input) : input);
  const text = (name: string) => files.get(name)?.toString("utf8") ?? "";
  const footerName = [...files.keys()].find((n) => /^word\/footer\d*\.xml$/.test(n)) ?? "";
  return { document: text("word/document.xml"), styles: text("word/styles.xml"), footer: text(footerName) };
}

/** The paragraphs of a document.xml, each as its XML. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** The text a reader sees in one piece of XML. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}
