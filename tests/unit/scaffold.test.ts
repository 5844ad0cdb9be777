import { describe, expect, it } from "vitest";
import { parseTagList, scaffoldArticle } from "@/lib/authoring/scaffold";
import { toSlug } from "@/lib/content/slug";

describe("slugs made from titles", () => {
  it("keep letters and digits, joined by single hyphens", () => {
    expect(toSlug("Reading a Hallmark")).toBe("reading-a-hallmark");
    expect(toSlug("  Ring sizes: 1–10!  ")).toBe("ring-sizes-1-10");
    expect(toSlug("Café & Co.")).toBe("cafe-and-co");
    expect(toSlug("McAllister's Opals")).toBe("mcallisters-opals");
  });

  it("are empty when nothing usable is left, and the scaffold says so", () => {
    expect(toSlug("💍💍")).toBe("");
    const scaffold = scaffoldArticle({ title: "💍💍", author: "isla", knownAuthors: ["isla"], tags: [], date: "2026-01-01" });
    expect(scaffold).toEqual({ ok: false, problems: [{ field: "title", message: expect.stringContaining('"💍💍"') }] });
  });
});

describe("tag lists typed on the command line", () => {
  it("split on commas, trimmed, empty and repeated spellings dropped", () => {
    expect(parseTagList(" silver, Metal Care ,, metal-care,silver ")).toEqual(["silver", "Metal Care"]);
    expect(parseTagList("")).toEqual([]);
  });
});
