import { describe, expect, it } from "vitest";
import { disableComments } from "../../scripts/mutation/disable-comments";
import { codeSpan, disabledIndex, withoutReason } from "../../scripts/mutation/disabled-index";
import { isMutated } from "../../scripts/mutation/mutated-files";

describe("the Stryker disable comments of a source file", () => {
  it("gives a next-line comment's line, mutators, the code below it and its reason", () => {
    const source = [
      "function label(path: string[]) {",
      "  // Stryker disable next-line MethodExpression, StringLiteral: a field's path has two parts at most",
      "    return path.join(\".\");   ",
      "}",
    ].join("\n");
    expect(disableComments(source)).toEqual([
      { line: 2, mutators: ["MethodExpression", "StringLiteral"], covers: { from: 3, to: 3, code: 'return path.join(".");' }, reason: "a field's path has two parts at most" },
    ]);
  });

  it("looks past other comments and a JSDoc to the code the comment stands above", () => {
    const source = [
      "// Stryker disable next-line ConditionalExpression: only the cache",
      "// Stryker disable next-line BlockStatement: the same formatter again",
      "/**",
      " * Formats a day.",
      " */",
      "",
      "if (!format) format = make();",
    ].join("\n");
    expect(disableComments(source).map(({ line, covers }) => ({ line, covers }))).toEqual([
      { line: 1, covers: { from: 7, to: 7, code: "if (!format) format = make();" } },
      { line: 2, covers: { from: 7, to: 7, code: "if (!format) format = make();" } },
    ]);
  });

  it("gives a comment between `catch` and its block the line it stands on, without the comment", () => {
    const source = ["try {", "  return decode(path);", "} catch /* Stryker disable next-line BlockStatement: `undefined` reads as `false` */ {", "  return false;", "}"].join("\n");
    expect(disableComments(source)).toEqual([{ line: 3, mutators: ["BlockStatement"], covers: { from: 3, to: 3, code: "} catch {" }, reason: "`undefined` reads as `false`" }]);
  });

  it("gives a comment without next-line every line down to its restore, or to the file's end", () => {
    const source = [
      "// Stryker disable ConditionalExpression,LogicalOperator: the guards hold where they run",
      "/** The fields of a group. */",
      "function shape(field: unknown) {",
      "  return field && typeof field === \"object\";",
      "}",
      "",
      "// Stryker restore ConditionalExpression,LogicalOperator",
      "// Stryker disable all: runs only in the thread",
      "if (parentPort) {",
      "  await strip();",
      "}",
      "",
    ].join("\n");
    expect(disableComments(source)).toEqual([
      { line: 1, mutators: ["ConditionalExpression", "LogicalOperator"], covers: { from: 3, to: 5, code: "function shape(field: unknown) {" }, reason: "the guards hold where they run" },
      { line: 8, mutators: ["all"], covers: { from: 9, to: 11, code: "if (parentPort) {" }, reason: "runs only in the thread" },
    ]);
  });

  it("reads neither a restore nor a disable comment quoted in a JSDoc", () => {
    const source = [
      "/**",
      " * Marked with `// Stryker disable next-line StringLiteral: why`.",
      " */",
      "// Stryker restore StringLiteral",
      "const SEPARATOR = \"/\";",
    ].join("\n");
    expect(disableComments(source)).toEqual([]);
  });

  it("gives a comment without a reason an empty one, which is told with its file and line", () => {
    const source = ["const a = 1;", "// Stryker disable next-line StringLiteral", 'const b = "";', "// Stryker disable next-line ArrayDeclaration:   ", "const c = [];"].join("\n");
    const comments = disableComments(source);
    expect(comments.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 2, reason: "" },
      { line: 4, reason: "" },
    ]);
    expect(withoutReason([{ file: "lib/tags.ts", comments }])).toEqual([
      "lib/tags.ts:2: this Stryker disable comment gives no reason: write it after the mutator, `// Stryker disable next-line StringLiteral: <why no test can tell>`.",
      "lib/tags.ts:4: this Stryker disable comment gives no reason: write it after the mutator, `// Stryker disable next-line ArrayDeclaration: <why no test can tell>`.",
    ]);
  });
});

describe("the index of disable comments", () => {
  it("writes one table row per comment, its code in backticks and its pipes escaped", () => {
    const comments = disableComments(["// Stryker disable next-line ConditionalExpression: a `||` test the type checker wants", "if (!parent || index === undefined) return;"].join("\n"));
    const index = disabledIndex([
      { file: "lib/content/rehype-table-scroll.ts", comments },
      { file: "lib/tags.ts", comments: [] },
    ]);
    expect(index.split("\n")).toContain("| lib/content/rehype-table-scroll.ts:1 | ConditionalExpression | `if (!parent \\|\\| index === undefined) return;` | a `\\|\\|` test the type checker wants |");
    expect(index).toContain("1 in 1 files");
    expect(index.split("\n")[0]).toMatch(/^Generated by `npm run test:mutation -- --scores`/);
  });

  it("says how far a comment without next-line reaches", () => {
    const comments = disableComments(["// Stryker disable BlockStatement: a second lock", "function refused(): never {", '  throw new Error("refused");', "}", "// Stryker restore BlockStatement"].join("\n"));
    expect(disabledIndex([{ file: "lib/content/frontmatter.ts", comments }]).split("\n")).toContain(
      "| lib/content/frontmatter.ts:1 | BlockStatement | `function refused(): never {` and below, to line 4 | a second lock |",
    );
  });

  it("fences code holding backticks with more of them", () => {
    expect(codeSpan("return `<${tag}>`;")).toBe("``return `<${tag}>`;``");
    expect(codeSpan("`quoted`")).toBe("`` `quoted` ``");
    expect(codeSpan("plain")).toBe("`plain`");
  });
});

describe("the files Stryker mutates", () => {
  const patterns = ["lib/**/*.{ts,tsx,mjs}", "proxy.ts", "!lib/content/types.ts"];

  it("are those the mutate patterns match, less those a `!` pattern takes out", () => {
    expect(isMutated("lib/content/load.ts", patterns)).toBe(true);
    expect(isMutated("lib/build/next-adapter.mjs", patterns)).toBe(true);
    expect(isMutated("lib/tags.ts", patterns)).toBe(true);
    expect(isMutated("proxy.ts", patterns)).toBe(true);
    expect(isMutated("lib/content/types.ts", patterns)).toBe(false);
    expect(isMutated("lib/styles/site.css", patterns)).toBe(false);
    expect(isMutated("scripts/mutation.ts", patterns)).toBe(false);
  });
});
