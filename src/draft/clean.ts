// Tidy a model's section text so it sits under the template's heading: no wrapping code fence, no
// repeated heading, no heading above level 3, no trailing blank lines.

export function cleanSectionText(raw: string, heading: string): string {
  let text = raw.replace(/\r\n?/g, "\n").trim();
  const fence = /^```(?:markdown|md)?\s*\n([\s\S]*?)\n```$/i.exec(text);
  if (fence) text = fence[1]!.trim();
  const lines = text.split("\n");
  // A model often repeats the section heading (with or without its number) as the first line.
  const first = lines[0]?.replace(/^#+\s*/, "").replace(/^[（(]?[一二三四五六七八九十\d]+[、.)）]\s*/, "").replace(/\*\*/g, "").trim();
  if (lines.length > 1 && first !== undefined && (first === heading || (/^#/.test(lines[0]!) && first.includes(heading)))) {
    lines.shift();
  }
  const out = lines.map((line) => line.replace(/^#{1,2}(?=\s)/, "###"));
  return out.join("\n").trim();
}
