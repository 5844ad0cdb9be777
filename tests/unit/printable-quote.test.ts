import { describe, expect, it } from "vitest";
import { asWritten, quote } from "@/lib/content/printable";

/* How a value an author wrote appears inside a message: one line, never longer than 120 characters. */

describe("a value quoted in a message", () => {
  it("is cut after 119 characters and an ellipsis when longer than 120, and kept whole at 120", () => {
    expect(quote("a".repeat(121))).toBe(`\`${"a".repeat(119)}…\``);
    expect(quote("a".repeat(120))).toBe(`\`${"a".repeat(120)}\``);
  });

  it("counts an emoji as one character, so it is never cut in half", () => {
    expect(quote("💍".repeat(121))).toBe(`\`${"💍".repeat(119)}…\``);
  });

  it("shows a value that is not text as YAML wrote it", () => {
    expect(quote(42)).toBe("`42`");
    expect(quote(undefined)).toBe("`undefined`");
  });
});

describe("an address as the author wrote it", () => {
  it("undoes Markdown's percent-encoding, and keeps an address that cannot be decoded as it is", () => {
    expect(asWritten("/images/%3Cb%3E.jpg")).toBe("/images/<b>.jpg");
    expect(asWritten("/images/100%.jpg")).toBe("/images/100%.jpg");
  });
});
