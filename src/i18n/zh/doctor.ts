// `grantsmith doctor` 的中文：解析出的模型配置及每项设置的来源，以及密钥、模板、缓存文件夹和（加 --ping 时）接口的检查。
import type { doctor as en } from "../en/doctor.js";

export const doctor: typeof en = {
  "doctor.title": "grantsmith 自检",
  "doctor.section.model": "模型",
  "doctor.section.checks": "检查",
  "doctor.row.provider": "服务",
  "doctor.row.model": "模型",
  "doctor.row.baseURL": "接口地址",
  "doctor.row.apiKey": "API 密钥",
  "doctor.row.timeout": "超时",
  "doctor.row.retries": "重试次数",
  "doctor.row.cache": "缓存",
  "doctor.row.templates": "模板",
  "doctor.row.cacheFolder": "缓存文件夹",
  "doctor.row.endpoint": "模型接口",

  "doctor.from.flag": (p) => `${p.name}（命令行选项）`,
  "doctor.from.environment": (p) => `${p.name}（环境变量）`,
  "doctor.from.projectFile": (p) => `${p.name}（项目配置文件）`,
  "doctor.from.userFile": (p) => `${p.name}（用户配置文件）`,
  "doctor.from.default": "默认值",
  "doctor.from.presetDefault": (p) => `${p.preset} 的默认值`,

  "doctor.offline.setting": (p) => `离线（${p.setting}）：不调用模型；draft 用内置语句根据项目信息写正文`,
  "doctor.offline.unconfigured": "未配置：draft 将离线工作，用内置语句根据项目信息写正文",
  "doctor.howToConfigure": (p) => `如要使用模型，${p.how}；也可以把这些设置写进 grantsmith.config.yaml：provider、model、base_url、api_key_env。`,
  "doctor.config.problem": "设置有问题（见下文）",

  "doctor.key.set": (p) => `${p.variable} 已设置（密钥内容从不显示）`,
  "doctor.key.notSet": (p) => `无：未设置 ${p.variables}；本机服务可能不需要密钥`,
  "doctor.seconds": (p) => `${p.seconds} 秒`,
  "doctor.cache.on": "开启",
  "doctor.cache.off": "关闭",

  "doctor.templates.ok": (p) => `正常：${p.files} 个文件均可编译`,
  "doctor.templates.failed": "无法编译（见下文）",
  "doctor.cacheFolder.writable": (p) => `正常：${p.dir} 可写`,
  "doctor.cacheFolder.creatable": (p) => `正常：${p.dir} 将在首次使用时创建`,
  "doctor.cacheFolder.off": "不使用（GRANTSMITH_CACHE=none）",
  "doctor.cacheFolder.failed": (p) => `${p.dir} 不可写（见下文）`,
  "doctor.cacheFolder.problem": (p) => `缓存文件夹 ${p.dir} 不可写（${p.code}）；请把 GRANTSMITH_CACHE 设为一个可写的文件夹，或设为 none`,

  "doctor.endpoint.notChecked": "未检查；加 --ping 会发送一个很小的请求",
  "doctor.endpoint.ok": (p) => `正常：接口有应答，模型 ${p.model} 存在`,
  "doctor.endpoint.failed": "没有正常应答（见下文）",
  "doctor.endpoint.nothing": "无可检查：未配置模型",
  "doctor.ping.noModel": "--ping：未配置模型，没有可检查的接口；请按上文的说明配置",

  "doctor.allWell": "一切正常。",
};
