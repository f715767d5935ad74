// 命令行本身的中文：程序与各命令的帮助、commander 的标题与报错、选项取值错误、内部错误提示。
import type { cli as en } from "../en/cli.js";

export const cli: typeof en = {
  "cli.program.description":
    "根据一份简短的项目信息文件，用任意兼容 OpenAI 接口的模型起草公益项目书，再按评分细则打分，并列出最能提分的修改建议。",
  "cli.program.after": `
快速上手：
  grantsmith init my-project.yaml --lang zh   生成一份带注释的项目信息文件，供您填写
  grantsmith check my-project.yaml            检查该文件
  grantsmith draft my-project.yaml            写出 my-project.proposal.md（未配置模型时离线生成）
  grantsmith score my-project.proposal.md     总分、等级，以及最能提分的修改建议

退出码：0 成功，1 未通过质量门槛，2 输入或用法有误，3 模型接口出错，130 已中断（SIGTERM 为 143，SIGHUP 为 129）。`,
  "cli.program.lang": "提示与帮助的语言（默认依次取 GRANTSMITH_LANG、文档的语言、系统区域设置）",
  "cli.program.version": "显示版本号",
  "cli.help.option": "显示命令帮助",
  "cli.help.command": "显示命令帮助",

  "cli.title.usage": "用法：",
  "cli.title.options": "选项：",
  "cli.title.globalOptions": "全局选项：",
  "cli.title.commands": "命令：",
  "cli.title.arguments": "参数：",
  "cli.note.default": (p) => `默认：${p.value}`,
  "cli.note.choices": (p) => `可选：${p.values.join("、")}`,
  "cli.note.after": (p) => `${p.description}（${p.notes.join("；")}）`,

  "cli.endpoint.provider": (p) => `模型服务：${p.presets} 或 offline（默认取环境变量或配置文件）`,
  "cli.endpoint.model": "模型名称，如 qwen-plus、gpt-4o-mini、deepseek-chat、qwen2.5:7b",
  "cli.endpoint.baseUrl": "兼容 OpenAI 接口的地址，如 http://127.0.0.1:11434/v1",
  "cli.endpoint.apiKeyEnv": "从这个环境变量读取 API 密钥",
  "cli.endpoint.timeout": "一次请求最多等待的秒数（默认：120）",
  "cli.endpoint.maxRetries": "请求失败（限流、服务器错误）后的重试次数（默认：2）",
  "cli.endpoint.noCache": "每次都请求模型，不使用缓存的回答",

  "cli.option.referenceDoc":
    "一份 Word 文件，.docx 采用其中的样式（文档默认格式及“正文”“标题”“标题 1–3”样式的字体、字号、间距）；不采用其页面设置、页眉和页脚",
  "cli.option.quietProgress": "不在 stderr 显示进度",
  "cli.option.forceOutput": "覆盖已有的输出文件",
  "cli.option.factsFiles": "项目信息文件（.yaml、.yml 或 .json）",
  "cli.option.rubric": "内置评分细则的 id，或一份评分细则 YAML 文件",

  "cli.init.description": "生成一份带注释的项目信息文件，供您填写",
  "cli.init.file": "写到哪个文件（默认 project.yaml；在终端中不写文件名则像 --interactive 一样逐项询问）",
  "cli.init.lang": "项目书的语言（也是提示的语言）",
  "cli.init.kind": "项目书类型",
  "cli.init.interactive": "逐项询问基本信息，边填边检查，写好文件后可直接起草",
  "cli.init.org": "新文件使用的机构档案（org.yaml），代替文件中自己的 organization 部分",
  "cli.init.force": "文件已存在时覆盖它",

  "cli.check.description": "检查项目信息文件，列出每个问题及其位置（文件:行:列）",
  "cli.check.fix": "把取值改写为规范形式（15万 → 150000），保留注释；先列出改动并确认",
  "cli.check.yes": "与 --fix 同用：不再询问，直接写入",
  "cli.check.quiet": "只显示问题",

  "cli.draft.description": "根据项目信息文件起草一份完整的项目书，然后为它打分",
  "cli.draft.output": (p) => `输出文件：${p.writers.map((w) => `${w.extension}（${w.title}）`).join("、")}，或用 - 输出到 stdout（默认：项目信息文件旁的 <文件名>.proposal.md）`,
  "cli.draft.to": (p) => `${p.formats.join(" 或 ")}（默认按 -o 的扩展名，否则为 md）`,
  "cli.draft.form": "要填写的资助方 Word 申报表（.docx）：识别 {{标记}}、内容控件、标签单元格和下方留白的标题；输出 .docx",
  "cli.score.batch": "与 --judge 同用：把评审问题作为一个服务商批处理任务发送（OpenAI、DashScope：约半价，数小时内返回），再从缓存完成本次评分",
  "cli.score.batchId": "与 --batch 同用：接续这个批处理任务，而不是新发一个",
  "cli.score.pollInterval": "与 --batch 同用：查询任务进度的间隔秒数（默认 30）",
  "cli.draft.batch": "把所有章节作为一个服务商批处理任务发送（OpenAI、DashScope：约半价，数小时内返回），再从缓存组装草稿",
  "cli.draft.offline": "用内置语句根据项目信息拼写正文；不调用模型，不联网",
  "cli.draft.concurrency": "最多同时生成的章节数（默认：所有章节同时生成，以服务商的并发上限为限）",
  "cli.draft.resume":
    "接着完成中断的起草，只生成缺少的章节（模型写完的章节保存在输出文件旁的 .grantsmith-state 中；用 -o - 时保存在项目信息文件旁，且只在起草中断时才写入）",
  "cli.draft.noScore": "写完后不打分",

  "cli.score.description": "按评分细则为项目书（文件、文件夹或通配符）打分，并列出最能提分的修改建议",
  "cli.score.paths": (p) => `项目书文件（${p.extensions}）、文件夹（含子文件夹）或通配符`,
  "cli.score.rubric": "内置评分细则的 id，或一份评分细则 YAML 文件（默认按语言和类型选择）",
  "cli.score.facts": "项目信息文件：列出其中没有的数字，并核对关键数字",
  "cli.score.judge": "同时请已配置的模型评判细则中的 llm 评分项",
  "cli.score.judgeSamples": "每个评判问题问 n 次，取中位数",
  "cli.score.funder": "写有资助方优先方向的文本或 YAML 文件，供模型评判",
  "cli.score.minScore": "得分低于 n 的文件判为不通过（退出码 1）",
  "cli.score.failOn": "出现该级别及以上的问题即判为不通过（退出码 1）；never：问题不影响通过，但未满足的必备项和 --min-score 仍会判为不通过",
  "cli.score.format": "报告格式",
  "cli.score.output": "把报告写入文件，而不是 stdout",
  "cli.score.force": "覆盖已有的报告文件",
  "cli.score.concurrency": "同时打分的文件数（默认：CPU 核数）；使用 --judge 时为同时发出的模型请求数（默认 4）",
  "cli.score.timeLimit": "整个运行超过这么多秒即停止，退出码 124（用于 CI）",

  "cli.revise.description": "请模型改写最薄弱的章节，只有分数提高才保留改写",
  "cli.revise.proposal": "要改进的项目书",
  "cli.revise.facts": "写这份项目书所依据的项目信息文件",
  "cli.revise.rounds": "最多改写几轮",
  "cli.revise.target": "分数达到这个值就停止",
  "cli.revise.output": (p) => `输出文件：${p.writers.map((w) => w.extension).join(" 或 ")}（默认：项目书旁的 <文件名>.revised.md）`,
  "cli.revise.to": (p) => `${p.formats.join(" 或 ")}（默认按 -o 的扩展名）`,
  "cli.revise.offline": "revise 需要用模型重写，因此 --offline 只能与 --dry-run 一起使用（只显示将重写哪些内容，不调用模型）",
  "cli.revise.dryRun": "只显示会改什么，不写文件",
  "cli.revise.concurrency": "同时改写的章节数",
  "cli.revise.format": "stdout 上摘要的格式",

  "cli.export.description": "把 Markdown 项目书转成 Word 文档，按中文或英文资助方的习惯排版",
  "cli.export.proposal": "Markdown 项目书（.md）",
  "cli.export.to": (p) => p.formats.map((f) => `${f.format}（${f.title}）`).join(" 或 "),
  "cli.export.output": "输出文件（默认：项目书旁同名的 .docx）",

  "cli.rubrics.description": "列出内置评分细则，或显示其中一份",
  "cli.rubrics.id": "评分细则的 id 或文件",
  "cli.rubrics.json": "以 JSON 输出",

  "cli.templates.description": "按语言和类型列出文档模板与提示词",
  "cli.templates.check": "编译全部模板与提示词并报告错误",

  "cli.schema.description": "输出 JSON Schema：facts（默认）、rubric 或 config",
  "cli.schema.what": "facts、rubric 或 config",

  "cli.cache.description": "管理模型回答的缓存",
  "cli.cache.action": "clear 清空缓存，path 显示缓存位置",

  "cli.doctor.description": "显示模型配置及每项设置的来源，检查模板和缓存文件夹（加 --ping 同时检查模型接口）",
  "cli.doctor.ping": "发送一个很小的请求，检查接口能否应答、模型是否存在",

  "cli.value.retries": (p) => `${p.flag}：应为 0 到 10 之间的整数，实际为“${p.value}”`,
  "cli.value.score": (p) => `${p.flag}：应为 0 到 100 之间的分数，实际为“${p.value}”`,

  "cli.error.unknownOption": (p) => `错误：未知选项 ${p.option}`,
  "cli.error.unknownCommand": (p) => `错误：未知命令 ${p.command}`,
  "cli.error.didYouMean": (p) => `（您是不是想用 ${p.suggestion}？）`,
  "cli.error.missingArgument": (p) => `错误：缺少必需的参数 ${p.name}`,
  "cli.error.optionMissingArgument": (p) => `错误：选项 ${p.option} 缺少取值`,
  "cli.error.missingMandatoryOption": (p) => `错误：必须提供选项 ${p.option}`,
  "cli.error.invalidChoice": (p) => `错误：选项 ${p.option} 的取值“${p.value}”无效，可选值为 ${p.choices.split(", ").join("、")}`,
  "cli.error.excessArguments": (p) => `错误：${p.command} 的参数过多，应为 ${p.expected} 个，实际为 ${p.got} 个`,
  "cli.error.seeHelp": (p) => `；请运行 ${p.help} 查看用法`,
  "cli.error.internal": (p) => `grantsmith：内部错误：${p.stack}\n这是 grantsmith 的缺陷，请连同您运行的命令一起报告。`,
};
