// The one delimiter-row definition every table reader shares.
import { describe, expect, it } from "vitest";
import { DELIMITER_ROW, MULTI_CELL_DELIMITER_ROW } from "../../src/text/tables.js";

describe("a table's delimiter row", () => {
  it("takes the shapes GFM allows, outer pipes or not, aligned or not", () => {
    for (const row of ["|---|---|", "| --- | :---: |", "|:--|--:|", "--- | ---", "  | -- |", "|---|"]) expect(DELIMITER_ROW.test(row), row).toBe(true);
    for (const row of ["| a | b |", "|-|", "| --- | x |", "- item", "***"]) expect(DELIMITER_ROW.test(row), row).toBe(false);
  });

  it("of two cells or more is what marks a table without outer pipes; one cell of dashes is a rule", () => {
    expect(MULTI_CELL_DELIMITER_ROW.test("--- | ---")).toBe(true);
    expect(MULTI_CELL_DELIMITER_ROW.test("| --- | --- |")).toBe(true);
    expect(MULTI_CELL_DELIMITER_ROW.test("---")).toBe(false);
    expect(MULTI_CELL_DELIMITER_ROW.test("|---|")).toBe(false);
  });
});
