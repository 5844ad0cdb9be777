import { describe, expect, it } from "vitest";
import { closest } from "@/lib/content/suggest";

/* The name offered in "did you mean …?" for a field, a tag, an author or a link the author mistyped. */

const FIELDS = ["title", "description", "date", "updated", "author", "tags", "cover", "draft"];

describe("did you mean", () => {
  it("offers the field written in capitals, however short", () => {
    expect(closest("TAGS", FIELDS)).toBe("tags");
    expect(closest("Title", FIELDS)).toBe("title");
  });

  it("offers the name written with ss for one written with ß, as the same spelling", () => {
    // Two edits apart, past the one a four-letter name allows: only the spelling makes them one name.
    expect(closest("weiß", ["weiss", "weight"])).toBe("weiss");
    expect(closest("Gross", ["groß"])).toBe("groß");
  });

  it("offers nothing for a name far from every candidate", () => {
    expect(closest("bracelet", FIELDS)).toBeUndefined();
    expect(closest("xyz", ["alt"])).toBeUndefined();
  });

  it("offers nothing for an empty value, not even a one-letter name", () => {
    expect(closest("", ["a", "ab"])).toBeUndefined();
    expect(closest("  ", ["a", "ab"])).toBeUndefined();
  });

  it("offers two swapped letters as one slip", () => {
    expect(closest("atuhor", FIELDS)).toBe("author");
    expect(closest("tilte", FIELDS)).toBe("title");
  });

  it("never offers the name itself, but the nearest other one", () => {
    expect(closest("silver", ["silver", "silver-care"])).toBe("silver-care");
  });

  it("prefers the tag equal but for capitals and spacing to a longer one", () => {
    // "Gold  Ring" (two spaces) is ten characters, as long as gold-rings: only the spelling decides.
    expect(closest("Gold  Ring", ["gold-rings", "gold-ring"])).toBe("gold-ring");
    // With one hyphen for every run of spaces, hyphens and underscores, "silver  care" is silver-care, not silver.
    expect(closest("silver  care", ["silver", "silver-care"])).toBe("silver-care");
  });

  it("offers the article a shortened link starts, the one nearest in length", () => {
    const slugs = ["gemstone-hardness-for-everyday-wear", "gemstone-hardness", "gemstone-hardness-and-toughness"];
    expect(closest("gemstone-hard", slugs)).toBe("gemstone-hardness");
    expect(closest("gemstone-hard", slugs.toReversed())).toBe("gemstone-hardness");
  });

  it("offers the article a link with words added after its address starts", () => {
    expect(closest("ring-sizing-and-buying-guide", ["gold-karats", "ring-sizing"])).toBe("ring-sizing");
  });

  it("does not offer rings for a link to ring-sizing: the hyphen belongs to the name", () => {
    expect(closest("ring-sizing", ["rings"])).toBeUndefined();
  });

  it("takes a shortened link of four letters, not of three", () => {
    expect(closest("gold", ["gold-karats-explained"])).toBe("gold-karats-explained");
    expect(closest("sil", ["silver-care-at-home"])).toBeUndefined();
  });

  it("offers the nearest of two close names, and the first of two equally near", () => {
    expect(closest("desciption", ["descriptions", "description"])).toBe("description");
    expect(closest("coter", ["cover", "coder"])).toBe("cover");
    expect(closest("coter", ["coder", "cover"])).toBe("coder");
  });
});
