// Text read from a document, with where each of its lines came from: the paragraph of a Word
// document, the page of a PDF. Reports name those instead of line numbers, which a Word or PDF
// reader cannot go to.
export type LocationUnit = "para" | "page";

export interface LocatedText {
  /** Markdown, one block per paragraph, blocks separated by a blank line. */
  text: string;
  /** Where each line of text is (0-based line index → 1-based paragraph or page). */
  locations?: { unit: LocationUnit; of: number[] };
}

/** "第12段" / "para 12", "第3页" / "p. 3": a location in the proposal's language. */
export function locationLabel(unit: LocationUnit, n: number, language: "zh" | "en"): string {
  if (language === "zh") return unit === "para" ? `第${n}段` : `第${n}页`;
  return unit === "para" ? `para ${n}` : `p. ${n}`;
}

/** Joins blocks into text, remembering the block number (or page) of every line. */
export class LocatedTextBuilder {
  private readonly lines: string[] = [];
  private readonly of: number[] = [];

  constructor(private readonly unit: LocationUnit) {}

  add(block: string, at: number): void {
    const body = block.split("\n");
    if (this.lines.length > 0) {
      this.lines.push("");
      this.of.push(this.of[this.of.length - 1]!);
    }
    for (const line of body) {
      this.lines.push(line);
      this.of.push(at);
    }
  }

  get empty(): boolean {
    return this.lines.every((line) => line.trim() === "");
  }

  build(): LocatedText {
    return { text: this.lines.join("\n") + "\n", locations: { unit: this.unit, of: this.of } };
  }
}
