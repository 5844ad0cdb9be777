import { describe, expect, it, vi } from "vitest";
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { renderSocialImage } from "@/app/_og/render-social-image";
import { printable } from "@/lib/og/printable";

describe("social card text", () => {
  it("keeps Latin text, typographic punctuation and accents", () => {
    expect(printable("Café “Gold” — 18 ct… €5 ™", "x")).toBe("Café “Gold” — 18 ct… €5 ™");
  });

  it("drops what the fonts cannot draw, so satori never asks the network for a font", () => {
    expect(printable("A\u202Eevil\u202C title ＜＞ 指輪 💍", "x")).toBe("A evil title");
    expect(printable("指輪", "Marrow & Vale")).toBe("Marrow & Vale");
  });
});

describe("rendering a card", () => {
  it("draws a hostile title without any network request", async () => {
    const realFetch = globalThis.fetch;
    // Satori loads its own WebAssembly from a data: URL; anything else would be the network.
    const fetch = vi.spyOn(globalThis, "fetch").mockImplementation((input, init) =>
      String(input).startsWith("data:") ? realFetch(input, init) : Promise.reject(new Error("no network at build time")),
    );
    try {
      const image = await renderSocialImage({ title: "\u202E＜script＞ 指輪 💍 Gold", kicker: "Marrow & Vale", footer: "By ‮Mallory" });
      const png = Buffer.from(await image.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      const network = fetch.mock.calls.map((call) => String(call[0])).filter((url) => !url.startsWith("data:"));
      expect(network).toEqual([]);
    } finally {
      fetch.mockRestore();
    }
  }, 30_000);
});
