// Findings in a Word or PDF proposal say where they are as its reader counts: "第12段" / "para 12"
// in a Word file, "第3页" / "p. 3" in a PDF. Their line (of the text read from the file) stays for
// tools that want a number.
import { locationLabel, type LocatedText } from "../../read/located-text.js";
import type { ScoreResult } from "../types.js";

export function placeFindings(result: ScoreResult, locations: LocatedText["locations"]): ScoreResult {
  if (!locations || result.error !== undefined) return result;
  const where = (line: number) => {
    const n = locations.of[Math.min(Math.max(line - 1, 0), locations.of.length - 1)];
    return n === undefined ? undefined : locationLabel(locations.unit, n, result.language);
  };
  const place = <T extends { line: number; where?: string }>(item: T): T => {
    const label = where(item.line);
    return label === undefined ? item : { ...item, where: label };
  };
  return { ...result, improvements: result.improvements.map(place), unverified: result.unverified.map(place) };
}
