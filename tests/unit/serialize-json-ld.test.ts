import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

const hostile = {
  "@context": "https://schema.org",
  "@type": "BlogPosting",
  headline: "Rings </script><script>alert(1)</script> & <!-- stones -->",
  description: "Line\u2028separator and paragraph\u2029separator, <b>bold</b> & 'quotes' \"double\"",
  keywords: ["</SCRIPT >", "<!--", "-->"],
};

describe("serializeJsonLd", () => {
  it("leaves no character that an HTML parser acts on inside a script", () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("is still the same data for a JSON parser", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
