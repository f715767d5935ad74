// 评审模型（src/judge/）的中文提示：--funder 文件、评审设置、无法使用的评审结论。
import type { judge as en } from "../en/judge.js";

export const judge: typeof en = {
  "judge.funderUnreadable": (p) => `--funder ${p.file}：无法读取：${p.reason}`,
  "judge.funderMissing": (p) => `--funder ${p.file}：文件不存在；请给出写有资助方既定优先事项的文本或 YAML 文件`,
  "judge.funderCannotRead": (p) => `--funder ${p.file}：无法读取文件（${p.code}）`,
  "judge.funderEmpty": (p) => `--funder ${p.file}：文件是空的；请在其中写上资助方的既定优先事项`,
  "judge.funderTooLong": (p) => `--funder ${p.file}：${p.chars} 个字符，超过评审模型可接收的 ${p.max} 个；请只保留既定的优先事项`,
  "judge.badScale": (p) => `评分项 ${p.id}：评审分值范围的最小值必须小于最大值（实际为 ${p.min}..${p.max}）`,
  "judge.badSamples": (p) => `评审采样次数必须是 1 到 ${p.max} 之间的整数（实际为 ${p.samples}）`,
  "judge.sampleOf": (p) => `（第 ${p.i} 次采样，共 ${p.n} 次）`,
  "judge.unusable": (p) => `重试一次后，模型的评审结论仍无法使用${p.which}：${p.reason}`,
};
