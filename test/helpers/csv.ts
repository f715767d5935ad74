// A small CSV reader for report tests: quoted cells with doubled quotes (a blocking reason or a
// title may hold commas, so a plain split on "," would shift the columns).
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trim().split("\n")) {
    const cells: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
      if (m[2] === "") break;
    }
    rows.push(cells);
  }
  return rows;
}
