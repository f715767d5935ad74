// A Markdown (GFM) table's delimiter row, the line under its header: "| --- | :---: |", "--- | ---".
// One definition for every reader of tables: the scorer, the draft's program tables, the model
// answer's cleaning and revise's protected blocks.

/** One cell of a delimiter row: two dashes or more, with a colon at either end for alignment. */
const CELL = String.raw`\s*:?-{2,}:?\s*`;

/** A delimiter row, its outer pipes optional: "|---|", "| --- | --- |", "--- | ---". */
export const DELIMITER_ROW = new RegExp(String.raw`^\s*\|?${CELL}(?:\|${CELL})*\|?\s*$`);

/**
 * A delimiter row of two cells or more: the only kind that shows a table written without its outer
 * pipes ("Item | Cost" over "--- | ---"), since one cell of dashes is a rule or a setext heading.
 */
export const MULTI_CELL_DELIMITER_ROW = new RegExp(String.raw`^\s*\|?${CELL}(?:\|${CELL})+\|?\s*$`);
