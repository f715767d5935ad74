// Redraws docs/draft-zh-page1.png, the picture of a drafted page the READMEs show: the zh example
// drafted offline to Word, set by LibreOffice as a PDF, its first page drawn by pdftoppm. Needs
// `npm run build`, soffice and pdftoppm on the search path, and a Chinese font (without one the page
// would show empty boxes).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const has = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
};
if (has("soffice", ["--version"]) === undefined) {
  console.error("docs:page needs LibreOffice (soffice); e.g. apt-get install libreoffice-writer-nogui");
  process.exit(2);
}
if (has("pdftoppm", ["-v"]) === undefined) {
  console.error("docs:page needs pdftoppm to draw the page; e.g. apt-get install poppler-utils");
  process.exit(2);
}
if (!has("fc-list", [":lang=zh", "family"])?.trim()) {
  console.error("docs:page needs a Chinese font, or the page shows empty boxes; e.g. apt-get install fonts-noto-cjk");
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), "grantsmith-docs-page-"));
try {
  const docx = path.join(work, "draft-zh-page1.docx");
  execFileSync(process.execPath, [path.join(root, "bin", "grantsmith.js"), "draft", path.join(root, "examples", "zh", "elderly-meals.yaml"), "--offline", "--no-score", "-o", docx], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  // LibreOffice's profile and caches stay in the work folder, not in the user's home.
  const env = { ...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, "config"), XDG_CACHE_HOME: path.join(work, "cache"), SAL_USE_VCLPLUGIN: "svp" };
  const profile = `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`;
  execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", work, docx], { stdio: "ignore", env });
  // 60 dpi: the page is readable in the README and the picture stays small.
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path.join(work, "draft-zh-page1.pdf"), path.join(work, "page")]);
  const target = path.join(root, "docs", "draft-zh-page1.png");
  copyFileSync(path.join(work, "page.png"), target);
  console.error(`wrote ${path.relative(root, target)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
