// --reference-doc: the styles part (word/styles.xml) of a Word file the user likes. Only the styles
// are taken; its page setup, headers, footers and text are not.
import { unzipSync } from "fflate";
import { t } from "../../i18n/index.js";

/** word/styles.xml of a .docx, or a reason it has none. */
export function referenceStyles(bytes: Uint8Array): { styles: string } | { error: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "word/styles.xml" });
  } catch {
    return { error: t("output.notZip") };
  }
  const styles = files["word/styles.xml"];
  if (!styles) return { error: t("output.noStyles") };
  return { styles: new TextDecoder().decode(styles) };
}
