// 机构档案（organization: ./org.yaml、extends:）相关的中文提示。
import type { org as en } from "../en/org.js";

export const org: typeof en = {
  "org.notPath": (p) => `${p.where}：这里应填写机构档案的路径（如 ./org.yaml），或若干路径组成的列表`,
  "org.notYaml": (p) => `${p.where}：“${p.path}”不是 .yaml、.yml 或 .json 文件；机构档案须为 YAML 文件`,
  "org.missing": (p) => `${p.where}：找不到机构档案“${p.path}”（路径相对于 ${p.from}）；请检查路径，或用 grantsmith init --org 新建`,
  "org.outside": (p) =>
    `${p.where}：“${p.path}”位于${p.allowed}之外；机构档案只从项目内读取（如需允许其他文件夹，请在 grantsmith.config.yaml 中设置 materials_root）`,
  "org.allowedFolder": "项目信息文件所在的文件夹",
  "org.allowedFolderOrRoot": (p) => `项目信息文件所在的文件夹和 materials_root（${p.root}）`,
  "org.cycle": (p) => `${p.where}：机构档案之间循环引用（${p.chain}）；请删去其中一处引用`,
  "org.tooDeep": (p) => `${p.where}：机构档案逐层引用超过 ${p.max} 层；请直接引用所需的档案`,
  "org.unreadable": (p) => `${p.where}：无法读取“${p.path}”（${p.code}）`,
  "org.isProfile": (p) =>
    `${p.file}：这是机构档案（有 name，但没有 title、need 或 beneficiaries），不是 facts 文件；请在 facts 文件中用 organization: ./${p.file.split(/[\\/]/).pop()} 引用它`,
};
