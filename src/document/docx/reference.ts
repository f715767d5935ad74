// --reference-doc: the styles part (word/styles.xml) of a Word file the user likes. Only the styles
// are taken; its page setup, headers, footers and text are not.
import { unzipSync } from "fflate";

/** word/styles.xml of a .docx, or a reason it has none. */
export function referenceStyles(bytes: Uint8Array): { styles: string } | { error: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "word/styles.xml" });
  } catch {
    return { error: "is not a Word .docx file (not a zip archive)" };
  }
  const styles = files["word/styles.xml"];
  if (!styles) return { error: "has no styles part (word/styles.xml); save it from Word as a .docx" };
  return { styles: new TextDecoder().decode(styles) };
}
