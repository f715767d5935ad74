// The first line of a file from `init`: a $schema path that holds on another machine, or none.
// A path into wherever grantsmith happens to be installed (a global npm folder, a checkout in a
// home folder) breaks as soon as the file is opened elsewhere, so it is given only when the schema
// lies inside the file's own project.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaComment } from "../../src/commands/init.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { tempDirSync } from "../helpers/temp.js";

describe("schemaComment", () => {
  it("points at grantsmith in the project's node_modules, relative to the file", () => {
    const project = tempDirSync("grantsmith-schema-");
    writeFileSync(path.join(project, "package.json"), "{}\n");
    mkdirSync(path.join(project, "proposals"));
    const schema = path.join(project, "node_modules", "grantsmith", "schema", "facts.schema.json");
    expect(schemaComment(path.join(project, "my.yaml"), "en", schema)).toBe("# yaml-language-server: $schema=./node_modules/grantsmith/schema/facts.schema.json");
    expect(schemaComment(path.join(project, "proposals", "my.yaml"), "en", schema)).toBe("# yaml-language-server: $schema=../node_modules/grantsmith/schema/facts.schema.json");
  });

  it("points at the checkout's schema for a file inside grantsmith's own folder (the examples)", () => {
    expect(schemaComment(path.join(REPO_ROOT, "examples", "zh", "new.yaml"), "zh")).toBe("# yaml-language-server: $schema=../../schema/facts.schema.json");
  });

  it("writes no machine path when grantsmith is installed outside the project: says how to put the schema beside the file", () => {
    const project = tempDirSync("grantsmith-schema-");
    const global = path.join(tempDirSync("grantsmith-global-"), "lib", "node_modules", "grantsmith", "schema", "facts.schema.json");
    const en = schemaComment(path.join(project, "my.yaml"), "en", global);
    expect(en).not.toContain("$schema=/");
    expect(en).not.toContain("../");
    expect(en).toBe("# for completion in an editor: grantsmith schema facts > facts.schema.json, then make this line # yaml-language-server: $schema=./facts.schema.json");
    expect(schemaComment(path.join(project, "my.yaml"), "zh", global)).toMatch(/^# 编辑器补全与检查：运行 grantsmith schema facts > facts\.schema\.json/);
  });
});
