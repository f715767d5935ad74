// The text of every row of a ranking, kept as UTF-8 in blocks of a megabyte outside the JavaScript
// heap until the ranking is written: 100,000 rows take about 32 MB there, where as strings they
// would take twice that (Chinese is two bytes a character in the heap) and the collector's slack.
const BLOCK_BYTES = 1024 * 1024;

/** Where one text is kept. */
export interface StoredText {
  block: number;
  start: number;
  end: number;
}

export class RowStore {
  private readonly blocks: Buffer[] = [];
  private used = BLOCK_BYTES;

  add(text: string): StoredText {
    const bytes = Buffer.byteLength(text);
    if (this.used + bytes > BLOCK_BYTES) {
      // allocUnsafe: a block's pages are only touched as rows are written into them.
      this.blocks.push(Buffer.allocUnsafe(Math.max(BLOCK_BYTES, bytes)));
      this.used = 0;
    }
    const block = this.blocks.length - 1;
    const start = this.used;
    this.used += this.blocks[block]!.write(text, start);
    return { block, start, end: this.used };
  }

  get({ block, start, end }: StoredText): string {
    return this.blocks[block]!.toString("utf8", start, end);
  }

  /** Gives the memory back. */
  clear(): void {
    this.blocks.length = 0;
    this.used = BLOCK_BYTES;
  }
}
