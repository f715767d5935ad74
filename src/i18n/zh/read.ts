// 读取文件（src/read/）的中文提示：文件为何无法作为文本读取。
import type { read as en } from "../en/read.js";

export const read: typeof en = {
  "read.gbkNote": (p) => `提示：${p.file} 是 GBK（GB18030）编码，已按此读取`,
  "read.undecodable": "不是 UTF-8、UTF-16 或 GBK 编码的文本；请另存为 UTF-8",
  "read.binary": "二进制文件（请先导出为 Markdown 或纯文本）",
  "read.oldWord": "旧版 Word 文档（.doc）；请在 Word 中打开并另存为 .docx",
  "read.badDocx": "无法读取的 Word 文档（.docx）；请在 Word 中打开并重新另存为 .docx",
  "read.emptyDocx": "该 Word 文档中没有文字",
  "read.emptyText": "文件是空的（请把项目书写进去，或指定写有项目书的文件）",
  "read.badPdf": "无法读取的 PDF；请从 Word 重新导出为 PDF，或导出为文本",
  "read.noTextLayer": "没有文字层：请从 Word 导出为文本，或先做 OCR 识别",
};
