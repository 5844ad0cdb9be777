import { describe, expect, it } from "vitest";
import { invisibleInField, invisibleName } from "@/lib/content/invisible";

/*
 * Invisible characters in the fields (lib/content/invisible.ts): what the message calls them,
 * and the line it tells the author to write instead. tests/unit/content-loader-outcomes.test.ts
 * has whole messages as `check:content` prints them.
 */

describe("what an invisible character is called", () => {
  it("a space of another kind, which looks like a space, or an invisible character, which cannot be seen", () => {
    expect(invisibleName("\u2003")).toEqual({ name: "a space of another kind", looks: "looks like a space but is not one" });
    expect(invisibleName("\u2060")).toEqual({ name: "an invisible character", looks: "cannot be seen" });
    expect(invisibleName("\u00a0")).toEqual({ name: "a non-breaking space", looks: "looks like a space but is not one" });
  });
});

describe("an invisible character in a field's line", () => {
  it("after the colon: the line to write has one ordinary space there", () => {
    expect(invisibleInField("title:\u00a0Ring settings")).toEqual({ char: "\u00a0", inName: false, write: "title: Ring settings" });
    expect(invisibleInField("  - src:\u2003/images/ring.jpg")).toEqual({ char: "\u2003", inName: false, write: "  - src: /images/ring.jpg" });
  });

  it("in the name: the line to write is the name without it", () => {
    expect(invisibleInField("\u200btitle: Ring")).toEqual({ char: "\u200b", inName: true, write: "title: Ring" });
    expect(invisibleInField("  alt\u00ad: A ring")).toEqual({ char: "\u00ad", inName: true, write: "  alt: A ring" });
  });

  it("before nothing: the line to write ends at the colon", () => {
    expect(invisibleInField("tags:\u00a0")).toEqual({ char: "\u00a0", inName: false, write: "tags:" });
    expect(invisibleInField("\u200btags:")).toEqual({ char: "\u200b", inName: true, write: "tags:" });
  });

  it("is left alone in a value, and in a sentence that holds a colon", () => {
    expect(invisibleInField("title: Ring\u00a0settings")).toBeUndefined();
    expect(invisibleInField("  as Ada says, smiling:\u00a0measure twice")).toBeUndefined();
    expect(invisibleInField("  la bague\u00a0: belle")).toBeUndefined();
    expect(invisibleInField("  - silver")).toBeUndefined();
  });
});
