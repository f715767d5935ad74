// 关于项目信息文件的中文提示：按人们习惯写法读取的数值（facts/typed.ts）、中文标点写进 YAML 时的提示、
// 字段校验问题、背景材料以及事实之间的矛盾。
import type { facts as en } from "../en/facts.js";

/** The YAML parser's error codes, said in Chinese with the fix; an unlisted code keeps the parser's own words. */
const YAML_PROBLEMS: Record<string, string> = {
  BAD_INDENT: "缩进不一致（同一层的项必须从同一列开始）；请用空格把同一层的项对齐",
  TAB_AS_INDENT: "不能用 Tab 缩进；请改用空格",
  MULTILINE_IMPLICIT_KEY: "键必须写在同一行（常见原因：冒号后少了空格，或用了全角冒号“：”）；请在键后写英文冒号加空格“: ”，并检查这一行是否比上一行缩进得多",
  BLOCK_AS_IMPLICIT_KEY: "键的写法有误（常见原因：冒号后少了空格，或缩进不对）；请在冒号后加空格，含有“: ”的值请加引号，或把里层的键另起一行并缩进",
  DUPLICATE_KEY: "同一层中的键重复了；请只保留一个",
  MISSING_CHAR: "缺少必要的字符（例如键后面的英文冒号和空格，或配对的引号、括号）；请补上",
  UNEXPECTED_TOKEN: "此处出现了意外的字符；请检查这一行和上一行是否少了冒号、缩进是否正确，或给这个值加上引号",
  BAD_SCALAR_START: "值不能以这个保留字符开头（@ ` % | > 均为保留字符）；请给它加上引号",
  BAD_DQ_ESCAPE: "双引号字符串里有无效的转义（\\）；反斜杠请写成 \\\\，或改用单引号 '…'",
  BLOCK_IN_FLOW: "方括号或花括号内不能写多行块；请改为每行写一项",
  MULTIPLE_DOCS: "一个文件只能包含一个 YAML 文档；请去掉多余的 ---",
  KEY_OVER_1024_CHARS: "键太长（超过 1024 个字符）；请缩短，或在键后补上冒号",
};

export const facts: typeof en = {
  "facts.typed.notAmount": (p) => `“${p.value}”不是金额；请写数字，例如 150000`,
  "facts.typed.range": (p) => `“${p.value}”是一个区间；请只写一个金额`,
  "facts.typed.otherCurrency": (p) =>
    `“${p.value}”的币种是 ${p.named}，但项目信息文件的币种（budget.currency）是 ${p.currency}；请按 ${p.currency} 填写金额，或设置 budget.currency: ${p.named}`,
  "facts.typed.oddGrouping": (p) => `“${p.value}”的写法无法确定数值；您是想写 ${p.suggestion} 吗？`,
  "facts.typed.twoReadings": (p) =>
    `“${p.value}”既可读作 ${p.first}，也可读作 ${p.second}；您是想写 ${p.first} 还是 ${p.second}？千位之间请不要用小数点分隔`,
  "facts.typed.notCount": (p) => `“${p.value}”不是数量；请写数字，例如 30`,
  "facts.typed.notExact": (p) =>
    p.suggestion ? `“${p.value}”是一个范围，不是确切数量；您是想写 ${p.suggestion} 吗？` : `“${p.value}”是一个范围，不是确切数量；请写具体数字`,
  "facts.typed.notWhole": (p) => `“${p.value}”不是整数；您是想写 ${p.suggestion} 吗？`,
  "facts.typed.notPeriod": (p) => `“${p.value}”不是起止日期；请写成一个区间，如 2025年3月-2026年2月，或写成 { start: 2025-03, end: 2026-02 }`,
  "facts.typed.notDate": (p) => `“${p.value}”不是日期；请写成 YYYY-MM-DD 或 YYYY-MM（例如 2025-03-01 或 2025-03）`,
  "facts.typed.noSuchDate": (p) => `日历上没有这一天（“${p.value}”）；请检查月份和日期`,
  "facts.typed.yearOnly": (p) => `“${p.value}”只有年份；请补上月份，写成 YYYY-MM（例如 ${p.value.replace(/\D/g, "").slice(0, 4)}-03）`,
  "facts.typed.dayOrMonth": (p) =>
    `“${p.value}”可能是日在前（${p.first}），也可能是月在前（${p.second}）；您是想写 ${p.first} 还是 ${p.second}？请写成 YYYY-MM-DD`,
  "facts.typed.notOneOf": (p) => `应为 ${p.values} 之一，实际为“${p.value}”`,
  "facts.typed.nearOneOf": (p) => `应为 ${p.values} 之一，实际为“${p.value}”；您是想写 ${p.suggestion} 吗？`,
  "facts.typed.notDirect": (p) => `“${p.value}”既不是直接也不是间接；请写 true（直接）或 false（间接）`,
  "facts.typed.notCurrency": (p) => `“${p.value}”不是币种；请写币种代码，例如 CNY、USD、GBP 或 EUR`,
  "facts.typed.unitDiffers": (p) => `“${p.value}”的单位是“${p.written}”，但 unit 写的是“${p.unit}”；请保持一致`,

  "facts.yaml.tooLarge": (p) => `文件大小为 ${p.size}，超过上限 ${p.limit}；请确认是不是选错了文件`,
  "facts.yaml.valueWithFields": (p) =>
    `“${p.key}:”这一行已经写了值“${p.value}”，下面缩进的几行（${p.fields.replaceAll(", ", "、")}）又是它的字段，二者只能取其一；请删去“${p.value}”保留下面的字段，或删去下面缩进的几行`,
  "facts.yaml.valueWithItems": (p) =>
    `“${p.key}:”这一行已经写了值“${p.value}”，下面的几行又是它的列表项，二者只能取其一；请删去“${p.value}”保留下面的列表，或删去下面的列表`,
  "facts.yaml.unknownTag": (p) => `未知标签 ${p.tag}；请删除（只能使用普通的 YAML 值）`,
  "facts.yaml.syntax": (p) => `语法错误：${p.message}`,
  "facts.yaml.problem": (p) => YAML_PROBLEMS[p.code] ?? `YAML 解析出错（${p.message}）；请检查这一行的键后是否少了“: ”，或引号、括号是否没有配对`,
  "facts.yaml.unclosedFlow": (p) =>
    `这里的“${p.open}”没有配对的“${p.close}”；请在同一行用“${p.close}”结束${p.open === "[" ? "列表" : "映射"}（${p.key}: ${p.open === "[" ? "[a, b]" : "{a: 1}"}），如果“${p.open}”是文字的一部分，请给整个值加上英文引号（${p.key}: "${p.open}…${p.close}…"）`,
  "facts.yaml.unclosedQuote": (p) => `这里的引号 ${p.quote} 没有配对；请在值的末尾补上 ${p.quote}（${p.key}: ${p.quote}…${p.quote}）`,
  "facts.yaml.strayClose": (p) => `这里的“${p.close}”前面没有与之配对的括号；请删除它，如果它是文字的一部分，请给整个值加上英文引号`,
  "facts.yaml.aliases": (p) => `别名展开次数过多（超过 ${p.max} 次）；请直接写出数值，不要重复使用 *别名`,
  "facts.yaml.fullWidthColon": (p) => `键“${p.key}”后面是全角冒号“：”；请把“：”改为半角冒号“:”并在其后加一个空格（${p.key}: …）`,
  "facts.yaml.fullWidthSpace": "缩进中有全角空格（U+3000）；请用半角空格缩进",
  "facts.yaml.fullWidthComma": "[ ] 列表中用了全角逗号“，”，各项会被读成一项；如果它用来分隔各项，请改为半角逗号“,”并在其后加一个空格",
  "facts.yaml.splitNumber": (p: { written: string; joined: string }) =>
    `“${p.written}”在逗号处被拆开了：{ } 里的逗号用来分隔字段；请去掉逗号写成 ${p.joined}，或加上引号（"${p.written}"）`,
  "facts.yaml.chineseQuote": (p) => `中文引号 ${p.quote} 在 YAML 中不起引号作用；请改用半角双引号 "…"`,
  "facts.yaml.quotedValue": `这个值被中文引号“…”包住，YAML 会把引号当作文字的一部分；如果引号不属于内容，请删除，或改用半角双引号 "…"`,
  "facts.estimateRead": (p) => `“${p.written}”按确切数字 ${p.read} 读取，预算照此计算；请直接写数字，估算的依据写在 note 中`,
  "facts.currencyAssumed": "没有写明币种，金额按人民币（CNY）读取；如是英镑、美元或欧元，请在 budget 下写 `currency: GBP`（或 USD、EUR…），或在金额前写上币种符号（如 £45,000）",
  "facts.categoryRead": (p) => `“${p.name}”未写 category，按名称读作管理费用（${p.category}）；如果不是管理费用，请写明 category（direct、personnel、fundraising 或 other）`,
  "facts.warning": "警告",

  "facts.schema.unknownField": "未知字段",
  "facts.schema.didYouMeanField": (p) => `；您是想写“${p.name}”吗？`,
  "facts.schema.renameField": (p) => `；这里应写“${p.name}”：把“${p.key}:”改为“${p.name}:”`,
  "facts.schema.knownFields": (p) => `；此处可用的字段：${p.names}`,
  "facts.schema.missing": (p) => `缺少必填字段（应为${p.expected}）`,
  "facts.schema.missingOrganization": (p) => `缺少必填字段；最简单的写法是一行写出机构名称：“organization: 晨光社工”，也可以加上“organization:”，并在下面缩进写出它的字段（${p.fields.replaceAll(", ", "、")}）`,
  "facts.schema.missingFields": (p) => `缺少必填字段；请加上“${p.key}:”，并在下面缩进写出它的字段（${p.fields.replaceAll(", ", "、")}）`,
  "facts.schema.expected": (p) => `应为${p.expected}，实际为 ${p.got}`,
  "facts.schema.expectedFields": (p) => `应为若干字段，实际为 ${p.got}；请在“${p.key}:”下面另起几行，缩进两个空格写出字段（${p.fields.replaceAll(", ", "、")}）`,
  "facts.schema.oneOf": (p) => `应为 ${p.values} 之一，实际为 ${p.got}`,
  "facts.schema.or": "或",
  "facts.schema.differentValue": "其他值",
  "facts.schema.empty": "必填，但为空；请填写",
  "facts.schema.atLeast": (p) => `不能小于 ${p.n}`,
  "facts.schema.moreThan": (p) => `必须大于 ${p.n}`,
  "facts.schema.atMost": (p) => `不能大于 ${p.n}`,
  "facts.schema.lessThan": (p) => `必须小于 ${p.n}`,
  "facts.schema.url": (p) => `应为网址，例如 http://127.0.0.1:8000/v1，实际为 ${p.got}`,
  "facts.schema.type": (p) =>
    ({ string: "文本", number: "数字", int: "整数", boolean: "true 或 false", array: "列表", object: "字段映射" })[p.type] ?? `${p.type} 类型的值`,
  "facts.schema.null": "null（空值）",
  "facts.schema.aList": "一个列表",
  "facts.schema.aMapping": "一个映射",
  "facts.schema.message": (p) =>
    ({
      "must not be empty": "不能为空",
      "must not be negative": "不能为负数",
      "expected a date as YYYY-MM-DD or YYYY-MM": "应为 YYYY-MM-DD 或 YYYY-MM 格式的日期",
      "no such day in the calendar; check the day of the month": "日历上没有这一天；请检查日期",
      "list at least one beneficiary group": "请至少列出一类受益对象",
      "expected a whole number": "应为整数",
      "must be more than 0": "必须大于 0",
    })[p.message] ?? `${p.message}（原文）`,

  "facts.file.proposalGiven": (p) =>
    `${p.file}：这是项目书，不是项目信息文件（项目信息文件是 YAML，如 my-project.yaml）；如需打分：grantsmith score ${p.file}；如需新建项目信息文件：grantsmith init`,
  "facts.file.missing": (p) => `${p.file}：找不到这个${p.what === "facts" ? "项目信息" : "项目书"}文件；请检查路径`,
  "facts.file.empty": (p) => `${p.file}：项目信息文件是空的；请填写内容，或先生成一个带注释的文件再填写：grantsmith init ${p.file} --force`,
  "facts.file.folder": (p) => `${p.file}：这是文件夹，不是${p.what === "facts" ? "项目信息" : "项目书"}文件`,
  "facts.file.denied": (p) => `${p.file}：没有权限读取这个${p.what === "facts" ? "项目信息" : "项目书"}文件`,
  "facts.file.unreadable": (p) => `${p.file}：无法读取这个${p.what === "facts" ? "项目信息" : "项目书"}文件（${p.code}）`,

  "facts.materials.extension": (p) => `“${p.path}”不是 grantsmith 能读取的背景材料格式（${p.extensions}）；请先转换为其中一种`,
  "facts.materials.missing": (p) => `找不到文件“${p.path}”；请检查路径（路径相对于项目信息文件所在的文件夹）`,
  "facts.materials.unreadable": (p) => `无法读取“${p.path}”（路径相对于项目信息文件所在的文件夹）`,
  "facts.materials.outside": (p) =>
    `“${p.path}”位于${p.root === undefined ? "项目信息文件所在的文件夹" : `项目信息文件所在的文件夹和 materials_root（${p.root}）`}之外；背景材料只能从项目内读取（如需使用其他文件夹，请在 grantsmith.config.yaml 中设置 materials_root）`,
  "facts.materials.tooLarge": (p) => `“${p.path}”的文字有 ${p.size}，超过背景材料 ${p.limit} 的上限；请把相关部分摘录到一个较小的文件中`,
  "facts.materials.fileTooLarge": (p) => `“${p.path}”文件有 ${p.size}，超过这类背景材料文件 ${p.limit} 的上限；请把相关部分摘录到一个较小的文件中`,
  "facts.materials.problem": (p) => `“${p.path}”无法使用：${p.problem}`,
  "facts.materials.cut": (p) =>
    `提示：${p.file}：背景材料共 ${p.total} 个字符，超过单个提示词可携带的 ${p.max} 个字符（materials_max_chars）；${p.paths.map((c) => `“${c}”`).join("、")}已被截断`,

  "facts.period.swapped": (p) => `开始日期 ${p.start} 晚于结束日期 period.end ${p.end}；请对调`,
  "facts.derive.periodNoEnd": (p) => `项目周期有开始日期（${p.start}），没有结束日期，项目书无法写出项目周期，只能留作【待补充】；请填写 period.end（YYYY-MM 或 YYYY-MM-DD）`,
  "facts.derive.periodNoStart": (p) => `项目周期有结束日期（${p.end}），没有开始日期，项目书无法写出项目周期，只能留作【待补充】；请填写 period.start（YYYY-MM 或 YYYY-MM-DD）`,
  "facts.derive.amountDiffers": (p) => `金额 ${p.amount} 与数量 × 单价 = ${p.computed} 不一致`,
  "facts.derive.totalDiffers": (p) => `总额为 ${p.stated}，但各项相加为 ${p.items}`,
  "facts.derive.activityOrder": (p) => `“${p.name}”的开始日期（${p.start}）晚于结束日期（${p.end}）`,
  "facts.derive.beforePeriod": (p) => `${p.date} 早于项目周期的开始日期（${p.start}）`,
  "facts.derive.afterPeriod": (p) => `${p.date} 晚于项目周期的结束日期（${p.end}）`,
  "facts.derive.requestedOverTotal": (p) => `申请资助金额${p.asked}大于预算总额${p.total}；申请金额应为总预算的一部分`,
  "facts.derive.requestedNotASource": (p) => `申请资助金额${p.asked}与资金来源中任何一项的金额都不一致；请在资金来源中列出本次申请`,
};
