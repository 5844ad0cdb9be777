const unsafe: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for an inline `<script type="application/ld+json">`. The HTML parser ends a script at
 * the first `</script`, and `<!--` changes how it reads on, whatever the JSON means; escaping
 * `<`, `>` and `&` as JSON unicode escapes leaves the data identical but gives the parser
 * nothing to act on. U+2028/2029 are escaped for tools that read the JSON as JavaScript.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => unsafe[char] ?? char);
}
