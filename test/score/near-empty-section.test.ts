// A required section that is there but says next to nothing earns none of its length points: a
// short section that says something keeps part of them.
import { describe, expect, it } from "vitest";
import { criterion, fixture, replaceSection, score } from "./helpers.js";

const withNeed = (body: string) => replaceSection(fixture("en-complete.md"), "## 2. Statement of Need", "## 3. Goals and Objectives", body);

describe("a near-empty section", () => {
  it("a one-line need keeps none of the section check's points, a short one part of them", async () => {
    const oneLine = criterion(await score(withNeed("We provide a decentralized drive service.")), "need");
    // Three lines of text: short, but not near-empty (it says what the problem is, three ways).
    const short = criterion(
      await score(
        withNeed(
          [
            "Families on the estate have no library within walking distance.",
            "Parents told us their children stop reading for pleasure after primary school.",
            "The school has no budget left for books that pupils may take home.",
          ].join("\n"),
        ),
      ),
      "need",
    );
    expect(oneLine.score).toBeLessThan(short.score!);
    // Of the need's 11 points the section check holds a third (3.7): a short section kept 40% of them
    // (1.4), the one line keeps none, so only what the evidence check gives a need without figures (2) is left.
    expect(oneLine.score).toBeLessThanOrEqual(2.1);
  });
});
