// 起草（src/draft/、src/commands/draft.ts）的中文提示：错误与进度，不含项目书正文。
import type { draft as en } from "../en/draft.js";

export const draft: typeof en = {
  "draft.cutOff": "在模型的长度上限处被截断了",
  "draft.contentFilter": "被服务商的内容过滤拦截了",
  "draft.onlyReasoning": "只有未完成的推理过程，没有回答",
  "draft.noText": "没有任何文字",
  "draft.englishNotChinese": "用英文而不是中文写成",
  "draft.chineseNotEnglish": "用中文而不是英文写成",
  "draft.runawayZh": (p) => `长达 ${p.length} 字，超过要求的 ${p.max} 字的 ${p.factor} 倍`,
  "draft.runawayEn": (p) => `长达 ${p.length} 个英文词，超过要求的 ${p.max} 词的 ${p.factor} 倍`,
  "draft.badTwice": (p) => `${p.endpoint}：模型“${p.model}”：章节“${p.heading}”的回答两次都${p.reason}；请加 --resume 重新起草，或换一个模型`,
  "draft.noTemplate": (p) => `${p.language} ${p.kind} 项目书中没有章节“${p.id}”的模板`,
  "draft.cannotWriteIn": (p) => `${p.output}：无法在 ${p.folder} 中写入（${p.code}）；请用 -o FILE 选择一个可写的文件夹`,
  "draft.locked": (p) => `${p.output}：另一个 grantsmith 起草进程（进程 ${p.pid}）正在写这个文件；请等它完成，或用 -o FILE 另选文件`,
  "draft.oneOutput": (p) => `-o ${p.output}：一个输出文件装不下 ${p.n} 份草稿；去掉 -o，每份会写在各自的项目信息文件旁边`,
  "draft.offlineWins": (p) => `提示：--offline 优先于 --provider ${p.provider}；不调用模型`,
  "draft.materialSent": (p) => `提示：材料“${p.path}”（${p.chars} 个字符）将发送到 ${p.endpoint}`,
  "draft.retrying": (p) => `提示：“${p.heading}”的回答${p.reason}；再请求一次`,
  "draft.progress": (p) => `${p.label}已完成 ${p.done}/${p.total} 个章节`,
  "draft.writing": (p) => ` · 正在写：${p.headings}`,
  "draft.interruptedEarlier": (p) => `提示：${p.file} 有一次中断的起草，已完成 ${p.n} 个章节；加 --resume 可直接沿用，不必重写`,
  "draft.kept": (p) => `已保留 ${p.n} 个完成的章节；用同样的命令加 --resume 只写其余部分`,
  "draft.rewritten": (p) => `提示：中断的起草保存的 ${p.saved} 个章节中有 ${p.again} 个重新写了：它们的事实、提示词或模型已有变化`,
  "draft.resumed": (p) => `（${p.n} 个沿用）`,
  "draft.wrote": (p) => `已写入 ${p.file}：${p.n} 个章节${p.resumed}`,
};
