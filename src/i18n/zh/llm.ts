// 模型层（src/llm/）的中文提示：端点故障、设置错误、会话输出的行。
import type { llm as en } from "../en/llm.js";

// A count with thousands separators, as toLocaleString("en-US") writes a whole number, without
// building an ICU formatter after the last stream (catalogs import nothing at run time).
const n = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : v.toLocaleString("en-US"));
const retried = (n: number) => (n > 0 ? `（已重试 ${n} 次）` : "");

export const llm: typeof en = {
  "llm.htmlPageTitled": (p) => `一个标题为“${p.title}”的 HTML 页面`,
  "llm.htmlPage": "一个 HTML 页面，而不是 API 回答",
  "llm.connectionRefused": "连接被拒绝",
  "llm.hostNotFound": "找不到主机",
  "llm.connectionFailed": "连接失败",
  "llm.timeout": (p) => `模型端点 ${p.at} 在 ${p.seconds} 秒内没有回答${retried(p.retries)}；请确认服务在运行，或调大 --timeout`,
  "llm.lostAfterAnswers": (p) =>
    `已收到 ${p.answered} 个回答后，与模型端点 ${p.at} 的连接中断（${p.why}）；请确认服务仍在运行（中断的起草可用 --resume 续完）`,
  "llm.unreachable": (p) => `无法连接模型端点 ${p.at}（${p.why}）；请检查 base URL 以及服务是否在运行，或使用 --offline`,
  "llm.checkKeyVariable": (p) => `请检查 ${p.variable}`,
  "llm.setApiKey": "请设置 API 密钥（GRANTSMITH_API_KEY 或 --api-key-env NAME）",
  "llm.keyRefused": (p) => `模型端点 ${p.at} 拒绝了 API 密钥（${p.status}）；${p.advice}，并确认它对该端点有效`,
  "llm.modelNotFound": (p) =>
    `在 ${p.at} 找不到模型“${p.model}”（404）；请检查 --model（GET ${p.at}/models 可列出模型），并确认 base URL 以 API 路径结尾，例如 /v1`,
  "llm.quota": (p) => `模型端点 ${p.at} 拒绝了请求：额度或余额已用完（429）；请检查账户的计费情况`,
  "llm.rateLimited": (p) => `模型端点 ${p.at} 正在限流（429）${retried(p.retries)}；请稍等一分钟、调低 --concurrency，或检查账户的限额`,
  "llm.serverError": (p) => `模型端点 ${p.at} 出现服务器错误（${p.status}）${retried(p.retries)}：${p.message}；请稍后再试`,
  "llm.rejected": (p) => `模型端点 ${p.at} 拒绝了请求（${p.status}）：${p.message}；请检查 --model 和端点的选项`,
  "llm.errorMidAnswer": (p) => `模型端点 ${p.at} 在回答中途报错：${p.message}；请重试`,
  "llm.answeredStatus": (p) => `模型端点 ${p.at} 返回 ${p.status}：${p.message}`,
  "llm.unknownError": "未知错误",
  "llm.lostMidAnswer": (p) => `回答中途与模型端点 ${p.at} 的连接中断（${p.why}）；请重试`,
  "llm.answerTooLarge": (p) =>
    `模型端点 ${p.at} 两次发来超过 ${p.thousands} K 字符的回答，均未保留；请检查 --model，或缩短该章节的篇幅`,
  "llm.malformedStream": (p) =>
    `模型端点 ${p.at} 发来的事件流格式有误（有事件不是 JSON）；请检查 base URL，并确认服务使用 OpenAI chat-completions 协议`,
  "llm.droppedMidAnswer": (p) => `模型端点 ${p.at} 在回答中途断开了连接；请重试`,
  "llm.notAStream": (p) => `模型端点 ${p.at} 有回应，但不是 OpenAI 兼容的流；请检查 base URL（通常以 /v1 或服务商的兼容模式路径结尾）`,
  "llm.cutOff": (p) => `模型端点 ${p.at} 的回答没有结束就中断了（流被截断）；请重试`,
  "llm.stalled": (p) => `模型端点 ${p.at} 在回答中途停止发送已有 ${p.seconds} 秒；请确认服务在运行，或调大 --timeout`,
  "llm.unknownProvider": (p) => `${p.where}：未知的服务商；可选：${p.names}`,
  "llm.notAURL": (p) => `${p.source}：base URL“${p.url}”不是网址；应类似 http://127.0.0.1:11434/v1`,
  "llm.notHttp": (p) => `${p.source}：base URL“${p.url}”必须以 http:// 或 https:// 开头`,
  "llm.expectedRetries": (p) => `${p.setting}：应为 0 到 10 之间的整数`,
  "llm.expectedSeconds": (p) => `${p.setting}：应为正数（秒）`,
  "llm.keyVariableIsSet": (p) => `已设置 ${p.variable}`,
  "llm.badOllamaHost": (p) => `OLLAMA_HOST=${p.value}：不是主机名或网址；应类似 127.0.0.1:11434`,
  "llm.customNeedsBaseURL": "自定义服务商需要 base URL：请传入 --base-url URL（例如 http://127.0.0.1:8000/v1）或设置 GRANTSMITH_BASE_URL",
  "llm.noModel": (p) => `没有为 ${p.baseURL} 指定模型：请传入 --model NAME 或设置 GRANTSMITH_MODEL`,
  "llm.keyVariableUnset": (p) => `${p.namedIn} 指定了 API 密钥变量 ${p.name}，但 ${p.name} 未设置；请设置它或删除该设置`,
  "llm.needsKey": (p) => `${p.label} 需要 API 密钥：请设置 ${p.keyEnv}（或 GRANTSMITH_API_KEY，或传入 --api-key-env NAME），或使用 --offline`,
  "llm.cannotReadConfig": (p) => `${p.file}：无法读取配置文件：${p.code}`,
  "llm.noConfigFile": (p) => `GRANTSMITH_CONFIG=${p.setting}：文件不存在；请设为一个配置文件，或设为 none`,
  "llm.howToConfigure":
    "可传入 --provider dashscope 并设置 DASHSCOPE_API_KEY（或 openai/deepseek 及其密钥），" +
    "本地 Ollama 用 --provider ollama --model qwen2.5:7b，任何 OpenAI 兼容服务用 --base-url URL --model NAME",
  "llm.offlineInSetting": (p) => `${p.source} 中设为 provider offline`,
  "llm.offlineBecause": (p) => `离线模式（${p.setting}）：不调用模型`,
  "llm.offlineUnconfigured": (p) => `离线模式：未配置模型端点；如需使用模型，${p.how}`,
  "llm.usingModel": (p) => `使用 ${p.provider} 上的模型 ${p.model}（${p.endpoint}）`,
  "llm.chosenBecause": (p) => `选择原因：${p.because}；可用 --provider 另选`,
  "llm.cacheOff": "缓存已关闭",
  "llm.removed": (p) => `已清理模型回答中的：${p.parts}`,
  "llm.removedReasoning": (p) => `${p.n} 段推理内容`,
  "llm.removedPreambles": (p) => `${p.n} 句开场白`,
  "llm.removedClosings": (p) => `${p.n} 句结束语`,
  "llm.removedFences": (p) => `${p.n} 处代码块标记`,
  "llm.removedHeadings": (p) => `${p.n} 处重复标题`,
  "llm.removedTables": (p) => `${p.n} 张重复的程序表格`,
  "llm.interruptedBy": (p) => `已被 ${p.signal} 中断`,
  "llm.usageLine": (p) => `模型用量：${n(p.requests)} 次请求，输入 ${n(p.prompt)} + 输出 ${n(p.completion)} tokens，缓存命中 ${n(p.hits)} 次`,
};
