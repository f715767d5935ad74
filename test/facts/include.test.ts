// Organisation profiles: `organization: ./org.yaml` and `extends:` merge one profile into every
// proposal; problems point into the file that has them; what cannot be included says so in one line.
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { parse } from "yaml";
import { z } from "zod";
import { InputError } from "../../src/errors.js";
import { INCLUDE_MAX_DEPTH } from "../../src/facts/include.js";
import { orgProfileSchema } from "../../src/facts/org-profile.js";
import { loadFacts } from "../../src/facts/load.js";
import { cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
beforeEach(async () => {
  dir = await tempDir("grantsmith-include-");
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, "utf8");
  return file;
}

async function errorsOf(file: string): Promise<string[]> {
  try {
    await loadFacts(file, { maxChars: 40_000 });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    return [e.message, ...e.details];
  }
  throw new Error("expected the facts to be rejected");
}

const PROFILE = `name: 某某社会工作服务中心
registration_id: 52110102MJ0A12345X
type: 社会服务机构
description: 专注社区居家养老服务
track_record:
  - 2023年运营社区老年餐桌
contact:
  name: 王主任
  role: 主任
  phone: 010-1234 5678
governance: 理事会领导下的主任负责制
financial_disclosure: 每年公开审计报告
team:
  - name: 王主任
    role: 主任
`;

const PROJECT = `title: 社区老人助餐项目
need:
  problem: 独居老人做饭难
beneficiaries:
  - group: 独居老人
`;

describe("organisation profiles", () => {
  it("takes the organization block and the team from organization: ./org.yaml", async () => {
    await write("org.yaml", PROFILE);
    const facts = await write("p.yaml", `${PROJECT}organization: ./org.yaml\n`);
    const { facts: loaded } = await loadFacts(facts, { maxChars: 40_000 });
    expect(loaded.organization).toMatchObject({
      name: "某某社会工作服务中心",
      type: "社会服务机构",
      governance: "理事会领导下的主任负责制",
      financial_disclosure: "每年公开审计报告",
      track_record: ["2023年运营社区老年餐桌"],
    });
    expect(loaded.team).toEqual([{ name: "王主任", role: "主任" }]);
    expect(loaded.language).toBe("zh");
  });

  it("reads a profile saved as GBK or UTF-16 as its text, never as mojibake", async () => {
    await writeFile(path.join(dir, "gbk.yaml"), iconv.encode(PROFILE, "gbk"));
    await writeFile(path.join(dir, "utf16.yaml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROFILE, "utf16le")]));
    for (const profile of ["gbk.yaml", "utf16.yaml"]) {
      const facts = await write(`p-${profile}`, `${PROJECT}organization: ./${profile}\n`);
      const { facts: loaded } = await loadFacts(facts, { maxChars: 40_000 });
      expect(loaded.organization.name, profile).toBe("某某社会工作服务中心");
      expect(loaded.team, profile).toEqual([{ name: "王主任", role: "主任" }]);
    }
  });

  it("says a profile was read as GBK, as it says of a facts file, and of a UTF-8 one nothing", async () => {
    await writeFile(path.join(dir, "gbk.yaml"), iconv.encode(PROFILE, "gbk"));
    const facts = await write("p.yaml", `${PROJECT}organization: ./gbk.yaml\n`);
    const { warnings } = await loadFacts(facts, { maxChars: 40_000 });
    expect(warnings).toContain(`提示：${path.join(dir, "gbk.yaml")} 是 GBK（GB18030）编码，已按此读取`);
    // Both in GBK: each is said once, the facts file first.
    await writeFile(path.join(dir, "p-gbk.yaml"), iconv.encode(`${PROJECT}organization: ./gbk.yaml\n`, "gbk"));
    const both = (await loadFacts(path.join(dir, "p-gbk.yaml"), { maxChars: 40_000 })).warnings.filter((w) => w.includes("GBK"));
    expect(both).toEqual([`提示：${path.join(dir, "p-gbk.yaml")} 是 GBK（GB18030）编码，已按此读取`, `提示：${path.join(dir, "gbk.yaml")} 是 GBK（GB18030）编码，已按此读取`]);
    await write("org.yaml", PROFILE);
    const utf8 = await write("p-utf8.yaml", `${PROJECT}organization: ./org.yaml\n`);
    expect((await loadFacts(utf8, { maxChars: 40_000 })).warnings.filter((w) => w.includes("GBK"))).toEqual([]);
  });

  it("merges extends: under the file's own fields, which win field by field and whole", async () => {
    await write("org.yaml", PROFILE);
    await write("shared/parent.yaml", "name: 上级基金会\naddress: 北京市西城区某路1号\n");
    await write("org2.yaml", "extends: ./shared/parent.yaml\ndescription: 第二份档案的简介\n");
    const facts = await write(
      "p.yaml",
      `${PROJECT}extends: [./org.yaml, ./org2.yaml]
organization:
  name: ""                 # left blank, as init leaves it: the profile's name shows through
  contact:
    name: 李社工
  track_record:
    - 本项目自己的业绩
team:
  - name: 李社工
`,
    );
    const { facts: loaded } = await loadFacts(facts, { maxChars: 40_000 });
    // org2 extends parent, and parent's name wins over org.yaml's because org2 comes later.
    expect(loaded.organization.name).toBe("上级基金会");
    expect(loaded.organization.address).toBe("北京市西城区某路1号");
    expect(loaded.organization.description).toBe("第二份档案的简介");
    expect(loaded.organization.registration_id).toBe("52110102MJ0A12345X");
    // A contact is one person: the file's own replaces the profile's whole, phone included.
    expect(loaded.organization.contact).toEqual({ name: "李社工" });
    expect(loaded.organization.track_record).toEqual(["本项目自己的业绩"]);
    expect(loaded.team).toEqual([{ name: "李社工" }]);
  });

  it("reports a problem inside the profile at the profile's own file:line:col", async () => {
    const org = await write("org.yaml", "name: 某某中心\ndescription: 简介\nfounded: 很久以前\nwebsite: x\n");
    const facts = await write("p.yaml", `${PROJECT}organization: ./org.yaml\n`);
    const errors = await errorsOf(facts);
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^${escape(org)}:3:10: founded: `)),
      `${org}:4:1: website: 未知字段；此处可用的字段：${Object.keys(orgProfileSchema.shape).join(", ")}`,
    ]);
  });

  it("reports a syntax error in the profile with its position", async () => {
    const org = await write("org.yaml", "name: 某某中心\ndescription: [unclosed\n");
    const facts = await write("p.yaml", `${PROJECT}organization: ./org.yaml\n`);
    const [first] = await errorsOf(facts);
    expect(first).toMatch(new RegExp(`^${escape(org)}:\\d+:\\d+: 语法错误`));
  });

  it("a missing profile is one line at the include, naming the path", async () => {
    const facts = await write("p.yaml", `${PROJECT}organization: ./nowhere.yaml\n`);
    expect(await errorsOf(facts)).toEqual([
      `${facts}:6:15: organization：找不到机构档案“./nowhere.yaml”（路径相对于 ${facts}）；请检查路径，或用 grantsmith init --org 新建`,
    ]);
  });

  it("refuses a profile outside the facts file's folder, by ../ or by a link", async () => {
    const outside = await tempDir("grantsmith-include-outside-");
    await writeFile(path.join(outside, "org.yaml"), PROFILE, "utf8");
    const facts = await write("sub/p.yaml", `${PROJECT}extends:\n  - ../org-link.yaml\n`);
    await symlink(path.join(outside, "org.yaml"), path.join(dir, "org-link.yaml"));
    const [byDots] = await errorsOf(facts);
    expect(byDots).toBe(
      `${facts}:7:5: extends[0]：“../org-link.yaml”位于项目信息文件所在的文件夹之外；机构档案只从项目内读取（如需允许其他文件夹，请在 grantsmith.config.yaml 中设置 materials_root）`,
    );
    await write("sub/q.yaml", `${PROJECT}extends: ./link.yaml\n`);
    await symlink(path.join(outside, "org.yaml"), path.join(dir, "sub", "link.yaml"));
    const [byLink] = await errorsOf(path.join(dir, "sub/q.yaml"));
    expect(byLink).toContain(`“./link.yaml”位于项目信息文件所在的文件夹之外`);
    // materials_root allows the folder above, but never a link out of it.
    await write("org.yaml", PROFILE);
    const above = await write("sub/r.yaml", `${PROJECT}extends: ../org.yaml\n`);
    expect((await errorsOf(above))[0]).toContain(`“../org.yaml”位于项目信息文件所在的文件夹之外；`);
    const { facts: loaded } = await loadFacts(above, { maxChars: 40_000, root: dir });
    expect(loaded.organization.name).toBe("某某社会工作服务中心");
    expect((await errorsOf(facts))[0]).toContain("之外");
  });

  it("refuses a cycle, naming the chain", async () => {
    await write("a.yaml", "name: 甲\nextends: ./b.yaml\n");
    const b = await write("b.yaml", "extends: ./a.yaml\n");
    const facts = await write("p.yaml", `${PROJECT}extends: ./a.yaml\n`);
    const a = path.join(dir, "a.yaml");
    expect(await errorsOf(facts)).toEqual([
      `${b}:1:10: extends：机构档案之间循环引用（${a} → ${b} → ${a}）；请删去其中一处引用`,
    ]);
    const self = await write("self.yaml", `${PROJECT}extends: ./self.yaml\n`);
    expect((await errorsOf(self))[0]).toContain(`循环引用（${self} → ${self}）`);
  });

  it(`refuses profiles nested deeper than ${INCLUDE_MAX_DEPTH} levels`, async () => {
    for (let i = 1; i <= INCLUDE_MAX_DEPTH + 1; i++) await write(`p${i}.yaml`, i <= INCLUDE_MAX_DEPTH ? `extends: ./p${i + 1}.yaml\n` : "name: 最深\n");
    const facts = await write("p.yaml", `${PROJECT}extends: ./p1.yaml\n`);
    expect(await errorsOf(facts)).toEqual([
      `${path.join(dir, `p${INCLUDE_MAX_DEPTH}.yaml`)}:1:10: extends：机构档案逐层引用超过 ${INCLUDE_MAX_DEPTH} 层；请直接引用所需的档案`,
    ]);
    await write(`p${INCLUDE_MAX_DEPTH}.yaml`, "name: 够深\n");
    expect((await loadFacts(facts, { maxChars: 40_000 })).facts.organization.name).toBe("够深");
  });

  it("refuses an include that is not a path, and one that is not YAML", async () => {
    const facts = await write("p.yaml", `${PROJECT}organization: { name: 甲 }\nextends: { file: org.yaml }\n`);
    expect(await errorsOf(facts)).toEqual([`${facts}:7:10: extends：这里应填写机构档案的路径（如 ./org.yaml），或若干路径组成的列表`]);
    await write("org.md", "# 机构");
    const md = await write("q.yaml", `${PROJECT}organization: ./org.md\n`);
    expect((await errorsOf(md))[0]).toBe(`${md}:6:15: organization：“./org.md”不是 .yaml、.yml 或 .json 文件；机构档案须为 YAML 文件`);
  });

  it("says its problems in the facts file's language", async () => {
    const facts = await write("en.yaml", "title: Community meals\nneed:\n  problem: Cooking is hard alone\nbeneficiaries: [older people]\norganization: ./nowhere.yaml\n");
    expect(await errorsOf(facts)).toEqual([
      `${facts}:5:15: organization: no such organisation profile "./nowhere.yaml" (paths are relative to ${facts}); check the path or write it with grantsmith init --org`,
    ]);
  });

  it("a profile given where facts are expected says what it is", async () => {
    const org = await write("org.yaml", PROFILE);
    expect(await errorsOf(org)).toEqual([
      `${org}：这是机构档案（有 name，但没有 title、need 或 beneficiaries），不是 facts 文件；请在 facts 文件中用 organization: ./org.yaml 引用它`,
    ]);
  });

  it("the CLI says it in one line with exit 2, in Chinese when asked", async () => {
    await write("p.yaml", `${PROJECT}organization: ./org.yaml\n`);
    const result = await runCli(["check", "p.yaml"], { cwd: dir, env: cleanEnv({ GRANTSMITH_LANG: "zh" }) });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "p.yaml:6:15: organization：找不到机构档案“./org.yaml”（路径相对于 p.yaml）；请检查路径，或用 grantsmith init --org 新建",
    ]);
  });
});

describe("grantsmith schema org", () => {
  it("prints the profile's JSON Schema, the committed one, which the examples' profiles satisfy", async () => {
    const result = await runCli(["schema", "org"]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.title).toBe("grantsmith organisation profile");
    expect(Object.keys(printed.properties)).toEqual(expect.arrayContaining(["name", "type", "governance", "financial_disclosure", "team", "extends"]));
    expect(JSON.parse(await readFile(path.join(REPO_ROOT, "schema", "org.schema.json"), "utf8"))).toEqual(printed);
    const validate = z.fromJSONSchema(printed);
    for (const lang of ["zh", "en"]) {
      const example = parse(await readFile(path.join(REPO_ROOT, "examples", lang, "org.yaml"), "utf8"));
      expect(validate.safeParse(example).success).toBe(true);
      expect(validate.safeParse({ ...example, website: "x" }).success).toBe(false);
    }
  });

  it("the examples that use a profile load, and the facts schema editors see accepts them", async () => {
    const factsSchema = z.fromJSONSchema(JSON.parse((await runCli(["schema", "facts"])).stdout));
    for (const example of ["examples/zh/flood-relief.yaml", "examples/en/memory-cafe.yaml"]) {
      const text = await readFile(path.join(REPO_ROOT, example), "utf8");
      expect(text).toMatch(/^(organization|extends): \.\/org\.yaml/m);
      expect(factsSchema.safeParse(parse(text)).success).toBe(true);
      expect(factsSchema.safeParse({ ...parse(text), extends: 3 }).success).toBe(false);
      const { facts } = await loadFacts(path.join(REPO_ROOT, example), { maxChars: 40_000 });
      expect(facts.organization.governance).toBeTruthy();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
