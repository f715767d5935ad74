// 报告格式及决定其形态的评分选项（--sort、--summary、--max-annotations、--exclude）的中文提示。
import type { report as en } from "../en/report.js";

export const report: typeof en = {
  "report.help.exclude": "排除与此模式匹配的文件和文件夹（可多次使用），如 'drafts/**' 或 '*.old.md'；扫描文件夹时已自动排除 README、CHANGELOG、LICENSE、编辑器备份和 Word 锁文件",
  "report.help.sort": "排名的顺序（--format csv、markdown --summary）：score 按得分从高到低，name 按文件名（默认 score）",
  "report.help.summary": "markdown：紧凑的排名表，每个文件一行并附最值得改进的一项；text：只输出汇总表",
  "report.help.maxAnnotations": "github：整次运行最多输出的注释条数，保留最重要的（默认 50；0 表示不限）",
  "report.help.maxAnnotationsPerFile": "github：每个文件最多输出的注释条数（默认 5；0 表示不限）",
  "report.sortIgnored": (p) => `--sort 只用于 --format csv 和 --format markdown --summary（当前为 ${p.format}），已忽略`,
  "report.summaryIgnored": (p) => `--summary 只用于 --format markdown 和 --format text（当前为 ${p.format}），已忽略`,
  "report.annotationsIgnored": (p) => `--max-annotations 只用于 --format github（当前为 ${p.format}），已忽略`,
  "report.expectedLimit": (p) => `${p.flag}：应为整数（0 表示不限），实际为“${p.value}”`,
  "report.annotationsNotShown": (p) =>
    `另有 ${p.more} 条注释未显示（每次运行最多 ${p.max} 条、每个文件最多 ${p.perFile} 条：见 --max-annotations、--max-annotations-per-file）；完整列表请用 --format sarif 或 markdown`,
  "report.runSummary": (p) => `共 ${p.files} 个文件：${p.ready} 个可以提交；${p.passed} 个门槛已通过，${p.failed} 个未通过门槛，平均 ${p.mean} 分`,
  "report.rankingTitle": "grantsmith 评分排名",
  "report.rankingHeader": "| 名次 | 文件 | 标题 | 得分 | 等级 | 能否提交 | 门槛 | 最值得改进的一项 |",
  "report.gatePassed": "门槛已通过",
  "report.gateFailed": "未通过门槛",
  "report.gateError": "出错",
  "report.rankingMore": (p) => `……另有 ${p.more} 个文件未列出；CSV 报告（--format csv）列出全部排名。`,
  "report.skippedHeading": (p) => `跳过 ${p.count} 个文件，未评分`,
  "report.skippedMore": (p) => `……另有 ${p.more} 个`,
  "report.skippedNotice": (p) => `跳过 ${p.count} 个文件，未评分（第一个：${p.first}）`,
  "report.ruleHelp": (p) =>
    `${p.title}：占评分细则 ${p.rubric} 总分 100 分中的 ${p.max} 分${p.must ? "；为必达项（未达标则无论总分多少都不能通过门槛）" : ""}。` +
    `此规则下的每条结果是一项改进建议：缺什么或哪里薄弱、位置、可挽回的分数以及修改方法。` +
    `运行 \`grantsmith rubrics ${p.rubric}\` 可查看该项的具体检查。`,
  "report.factsHelp": "项目书中的关键数字（预算总额、受益人数、项目周期）与 --facts 给出的项目信息文件不一致。",
  "report.unreadableHelp": "无法读取或评分该文件（不是 UTF-8 或 GBK 文本、Word 或 PDF 文件已损坏、没有权限）。请修复或转换该文件，或用 --exclude 排除。",
};
