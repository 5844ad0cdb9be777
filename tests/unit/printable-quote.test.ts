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

  it("is shown on one line: a carriage return, a line break and a tab as \\r, \\n and \\t, other controls by code point", () => {
    expect(quote("ring\r\nchain\tclasp\u001b[2J\u202egold")).toBe("`ring\\r\\nchain\\tclasp\\u{1b}[2J\\u{202e}gold`");
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
