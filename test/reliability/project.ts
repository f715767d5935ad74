// A throwaway project for the reliability cases: a copy of an example facts file in its own
// folder, with whatever extra lines and files a case needs.
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

export const EXAMPLE = path.join(REPO_ROOT, "examples", "en", "girls-stem-clubs.yaml");

export interface Project {
  dir: string;
  facts: string;
  /** A folder beside the project, outside it. */
  outside: string;
}

export type Setup = (p: Project) => Promise<void>;

/** A project folder with facts.yaml (the example, plus `extra` appended) and a sibling folder outside it. */
export async function makeProject(extra = "", setup?: Setup): Promise<Project> {
  const root = await tempDir("grantsmith-reliability-");
  const dir = path.join(root, "project");
  const outside = path.join(root, "outside");
  await mkdir(dir);
  await mkdir(outside);
  const facts = path.join(dir, "facts.yaml");
  await writeFile(facts, (await readFile(EXAMPLE, "utf8")) + extra);
  const project = { dir, facts, outside };
  await setup?.(project);
  return project;
}

/** The example with one top-level line replaced (`key:` lines of the example are unique). */
export async function replaceLine(p: Project, pattern: RegExp, line: string): Promise<void> {
  const text = await readFile(p.facts, "utf8");
  if (!pattern.test(text)) throw new Error(`no line ${pattern} in the example`);
  await writeFile(p.facts, text.replace(pattern, line));
}

export const file = (p: Project, name: string, content: string) => writeFile(path.join(p.dir, name), content);
export const link = (target: string, at: string) => symlink(target, at);

/** Every file under `dir`, as paths relative to it, sorted. */
export async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  await walk(dir);
  return out.sort();
}

/** The lines a command wrote to stderr, without empty ones. */
export const linesOf = (stderr: string) => stderr.split("\n").filter((l) => l.trim() !== "");
