// 填写资助方 Word 申报表（draft --form）的提示。
import type { form as en } from "../en/form.js";

export const form: typeof en = {
  "form.notWord": (p) => `--form ${p.file}：${p.why}；请提供 .docx 格式的申报表（在 Word 中“文件 › 另存为 › Word 文档”）`,
  "form.whyNotZip": "不是 Word 文档（.docx 是 zip 文件，这个文件无法打开）",
  "form.whyNoDocument": "不是 Word 文档（缺少 word/document.xml）",
  "form.whyBadXml": (p) => `文档内容无法读取（${p.detail}）`,
  "form.needsDocx": (p) => `--form 填写的是 Word 申报表：-o ${p.output} 的扩展名应为 .docx`,
  "form.notStdout": "--form 填写的是 Word 申报表，无法输出到标准输出；请用 -o 指定以 .docx 结尾的文件名",
  "form.oneOutput": "--form 一次只填一份申报表：请每次只起草一个项目信息文件",
  "form.summary": (p) => `申报表 ${p.file}：已填写 ${p.filled} 处，留空 ${p.empty} 处`,
  "form.filled": (p) => `  ${p.label}（${p.place}）← ${p.from}`,
  "form.noMatch": (p) => `  ${p.label}（${p.place}）：留空，没有与之对应的事实字段或章节`,
  "form.noValue": (p) => `  ${p.label}（${p.place}）：留空，项目信息文件中没有 ${p.field}`,
  "form.noSection": (p) => `  ${p.label}（${p.place}）：留空，草稿中没有“${p.section}”章节`,
  "form.duplicate": (p) => `  ${p.label}（${p.place}）：留空，对应章节已填入前面的位置`,
  "form.overLimit": (p) => `警告：${p.label}：已写 ${p.written} ${p.unit}，超过申报表规定的 ${p.max} ${p.unit}；提交前请删减`,
  "form.fromSection": (p) => `章节：${p.title}`,
  "form.unitChars": "字",
  "form.unitWords": "词",
  "form.none": (p) => `申报表 ${p.file}：没有找到可填写的位置（没有 {{标记}}、内容控件、标签单元格，也没有下方留白的标题）`,
  "cli.draft.format": "text（stdout 上不输出）或 json：在 stdout 上列出每份草稿的文件、章节、得分，用了 --form 时还有申报表每一处的填写情况（填了什么，或为什么留空）",
  "cli.revise.form": "像 draft --form 一样，用修改后的项目书填写资助方的 Word 申报表（.docx）；-o 必须以 .docx 结尾",
  "draft.jsonAndStdout": "--format json 会把报告输出到 stdout，草稿就不能也输出到那里：请用 -o 指定一个文件名",
};
