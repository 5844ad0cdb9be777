import { describe, expect, it } from "vitest";
import { readingMinutes } from "@/lib/content/reading-time";

describe("reading time", () => {
  it("counts 200 words a minute, rounded, and never less than a minute", () => {
    expect(readingMinutes("word ".repeat(1200))).toBe(6);
    expect(readingMinutes("word\n".repeat(1299))).toBe(6);
    expect(readingMinutes("word\t".repeat(1300))).toBe(7);
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Just a line.")).toBe(1);
  });

  it("counts each Chinese, Japanese or Korean character as a word", () => {
    expect(readingMinutes("指輪".repeat(300))).toBe(3);
    expect(readingMinutes(`${"銀".repeat(200)} ${"word ".repeat(200)}`)).toBe(2);
  });
});
