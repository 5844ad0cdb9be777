import { describe, expect, it } from "vitest";
import { commaItems, fieldLine, groupLine, itemLine, listLine } from "@/lib/content/lines-to-write";

/* The lines of fields that messages tell authors to write (`tags: [silver, chains]`), quoted only where YAML needs it. */

describe("the lines an author is told to write", () => {
  it("split a list written without brackets at its commas, without the spaces around items or empty items", () => {
    expect(commaItems(" silver ,chains, , rose gold,")).toEqual(["silver", "chains", "rose gold"]);
    expect(listLine("tags", commaItems(" silver ,chains, , rose gold,"))).toBe("tags: [silver, chains, rose gold]");
  });

  it("write a field at the left edge unless told its indent, in quotes only when its value needs them", () => {
    expect(fieldLine("title", "Gold: a Buyer's Guide")).toBe(`title: "Gold: a Buyer's Guide"`);
    expect(fieldLine("alt", "A silver ring", "  ")).toBe("  alt: A silver ring");
    expect(itemLine("rose gold")).toBe("  - rose gold");
  });

  it("write a group on one line, with spaces inside its braces and quotes only where a value needs them", () => {
    expect(groupLine("avatar", { src: "/images/ring.jpg", alt: "Isla at the bench" })).toBe("avatar: { src: /images/ring.jpg, alt: Isla at the bench }");
    expect(groupLine("avatar", { src: "/images/ring.jpg", alt: "Isla: at the bench" })).toBe('avatar: { src: /images/ring.jpg, alt: "Isla: at the bench" }');
  });
});
