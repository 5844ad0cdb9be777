import { describe, expect, it } from "vitest";
import { bodyProblems } from "@/lib/content/body-limits";

/*
 * The limits on a Markdown body (lib/content/body-limits.ts) at their edges, on the text alone:
 * tests/unit/content-limits.test.ts has the messages as `check:content` prints them.
 */

const lines = (body: string) => bodyProblems(body).map(({ line, message }) => `${line}: ${message}`);
const deep = (levels: number) => `lists and quotes are nested ${levels} levels deep here; at most 16 levels are allowed: indent less or start a new list`;
const EMPHASIS = "the paragraph starting here has more than 200 `*` or `_` marks; split it with blank lines, or write a literal star as `\\*`";

describe("the length of a body", () => {
  it("accepts 100,000 characters and gives one message for more, whatever else is wrong", () => {
    expect(lines("x".repeat(100_000))).toEqual([]);
    expect(lines("a*".repeat(50_001))).toEqual([
      "1: the text is 100,002 characters long; the most one file may hold is 100,000 (about 15,000 words): split it into two articles",
    ]);
  });
});

describe("nesting of lists and quotes", () => {
  it("counts a tab as indentation up to the next multiple of four columns", () => {
    expect(lines(`${"\t".repeat(8)}- deep\n`)).toEqual([`1: ${deep(17)}`]);
    expect(lines(`${" \t".repeat(8)}- deep\n`)).toEqual([`1: ${deep(17)}`]);
    expect(lines(`${"\t".repeat(7)}- deep\n`)).toEqual([]);
  });

  it("does not count what a code block holds, but counts again after it", () => {
    const quotes = `${"> ".repeat(40)}deep`;
    expect(lines(`\`\`\`\n${quotes}\n\`\`\`\n\n${quotes}\n`)).toEqual([`5: ${deep(40)}`]);
    expect(lines(`\`\`\`\n${quotes}\n  \`\`\` \n\n${quotes}\n`)).toEqual([`5: ${deep(40)}`]);
  });

  it("ends a code block only at a fence of the same marks, at least as long, with nothing after it", () => {
    const quotes = `${"> ".repeat(40)}deep`;
    expect(lines(`\`\`\`\n~~~\n${quotes}\n\`\`\`\n`)).toEqual([]);
    expect(lines(`\`\`\`\`\n\`\`\`\n${quotes}\n\`\`\`\`\n`)).toEqual([]);
    expect(lines(`\`\`\`\n\`\`\` js\n${quotes}\n\`\`\`\n`)).toEqual([]);
  });
});

describe("nesting of HTML elements", () => {
  const html = (depth: number) => `HTML elements are nested ${depth} deep here; at most 32 are allowed: close each tag (\`<div>\` … \`</div>\`) or remove some`;

  it("does not count elements that hold nothing: `<br>`, `<img>`, or any tag closed as it opens", () => {
    expect(lines(`<p>${"<br><img src=/a.jpg alt=a>".repeat(40)}<span/>${"<b/>".repeat(40)}</p>\n`)).toEqual([]);
  });

  it("ignores an end tag that closes nothing open", () => {
    expect(lines(`${"<span></b>".repeat(33)}\n`)).toEqual([`1: ${html(33)}`]);
  });

  it("names the line where the elements first go too deep", () => {
    expect(lines(`${"<span>".repeat(33)}</span>\n<span>\n`)).toEqual([`1: ${html(33)}`]);
  });
});

describe("emphasis, brackets and table columns", () => {
  it("accept 200 marks, 200 brackets and 64 columns", () => {
    expect(lines(`${"a*".repeat(200)}\n\n${"[".repeat(200)}a\n\n${"|a".repeat(64)}|\n${"|-".repeat(64)}|\n`)).toEqual([]);
  });

  it("count the lines of a quoted paragraph together", () => {
    const line = `> ${"a* ".repeat(50)}`;
    expect(lines(`Intro.\n\n${[line, line, line, line, line].join("\n")}\n`)).toEqual([`3: ${EMPHASIS}`]);
  });

  it("count each paragraph on its own in a file saved with Windows line endings", () => {
    const paragraph = "a* ".repeat(150);
    expect(lines(`${paragraph}\r\n\r\n${paragraph}\r\n`)).toEqual([]);
    expect(lines(`${paragraph}\r\n${paragraph}\r\n`)).toEqual([`1: ${EMPHASIS}`]);
  });

  it("are each reported once, at the first paragraph that goes over", () => {
    const marks = "a*".repeat(201);
    const brackets = "[".repeat(201);
    expect(lines(`${marks}\n\n${brackets}\n\n${marks}\n\n${brackets}\n`)).toEqual([
      `1: ${EMPHASIS}`,
      "3: the paragraph starting here has more than 200 `[`; split it with blank lines, or write a literal bracket as `\\[`",
    ]);
  });
});
