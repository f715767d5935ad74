// src/util/ 的中文提示：文件中的位置、YAML 与字段校验问题、写文件、运行时限。
import type { util as en } from "../en/util.js";

export const util: typeof en = {
  "util.place": (p) => `${p.file}:${p.line}:${p.col}`,
  "util.or": "或",
  "util.didYouMean": (p) => `；是不是要写“${p.name}”？`,
  "util.unknownField": (p) => `${p.place}：${p.path}：未知字段${p.hint}`,
  "util.outputIsInput": (p) => `${p.file}：是本命令的输入文件之一；请用 -o FILE 另选输出文件`,
  "util.outputIsFolder": (p) => `${p.file}：是一个文件夹；请给出文件名`,
  "util.outputExists": (p) => `${p.file}：已存在；如要覆盖请加 --force，或用 ${p.elsewhere} 写到别处`,
  "util.outputFolderMissing": (p) => `${p.file}：文件夹 ${p.folder} 不存在；请先创建它`,
  "util.outputTaken": (p) => `${p.file}：本命令运行期间已被其他进程创建；没有替换任何内容；如要覆盖请加 --force，或用 ${p.elsewhere} 写到别处`,
  "util.cannotWrite": (p) => `${p.file}：无法写入文件（${p.code}）；请检查文件夹是否可写`,
  "util.timeLimit": (p) => `${p.what} 未能在 ${p.seconds} 秒内完成（--time-limit）；已停止`,
};
