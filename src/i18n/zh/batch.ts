// 服务商批处理任务（score --judge --batch）的提示。
import type { batch as en } from "../en/batch.js";

export const batch: typeof en = {
  "batch.jobFailed": (p) => `批处理任务 ${p.id} 在服务商处失败（${p.why}）；去掉 --batch 可改为逐条实时请求`,
  "batch.needsJudge": "--batch 把评审问题作为一个服务商批处理任务发送：请与 --judge 一起使用",
  "batch.needsCache": "--batch 通过响应缓存把任务结果交给本次运行，但缓存已关闭（--no-cache 或 GRANTSMITH_CACHE=none）；请打开缓存",
  "batch.idNeedsBatch": "--batch-id 用于接续一个批处理任务：请与 --batch 一起使用",
  "batch.pollNeedsBatch": "--poll-interval 设置查询批处理任务的间隔：请与 --batch 一起使用",
  "batch.needsModel": "--batch 把各章节交给模型服务商的批处理引擎，但本次起草为离线模式；请配置模型，或去掉 --batch",
  "batch.sending": (p) => `批处理：已将 ${p.requests} 个请求作为任务 ${p.id} 发送到 ${p.endpoint}`,
  "batch.resuming": (p) => `批处理：接续任务 ${p.id}`,
  "batch.progress": (p) => `批处理 ${p.id}：${p.status}，已完成 ${p.completed}/${p.total}${p.failed > 0 ? `，失败 ${p.failed}` : ""}`,
  "batch.done": (p) =>
    `批处理 ${p.id}（${p.status}）：已缓存 ${p.stored} 条回答${p.failed > 0 ? `，${p.failed} 条将实时请求` : ""}；用量：提示 ${p.prompt} + 生成 ${p.completion} 个 token`,
  "batch.nothing": "批处理：所有问题的回答都已在缓存中，未发送任务",
  "batch.stillRunning": (p) => `批处理任务 ${p.id} 仍在服务商处运行；再次运行同一命令即可接续（或加 --batch-id ${p.id}）`,
  "batch.cancelAsk": (p) => `要在服务商处取消批处理任务 ${p.id} 吗？[y/N] `,
  "batch.cancelled": (p) => `批处理任务 ${p.id}：已请求取消`,
};
