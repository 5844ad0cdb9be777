/*
 * Limits on a Markdown body, checked on the text before anything parses it. The Markdown and HTML
 * parsers recurse once per level of nesting and resolve emphasis marks pairwise within a paragraph,
 * so a body nested thousands of levels deep overflows the stack and a paragraph of thousands of `*`
 * takes minutes. Each limit is far beyond what prose needs, and a body within all of them renders
 * quickly (tests/unit/content-limits.test.ts, tests/unit/check-implies-build.test.ts).
 */
export const BODY_LIMITS = {
  /** About 15,000 words: three times the longest article a journal like this runs. */
  characters: 100_000,
  /** Lists and quotes inside each other. */
  nesting: 16,
  /** HTML elements inside each other. */
  htmlNesting: 32,
  /** `*` and `_` runs in one paragraph. */
  emphasisMarks: 200,
  /** `[` in one paragraph: links and their nesting. */
  brackets: 200,
  /** Cells in one table row. */
  tableColumns: 64,
} as const;

export type BodyProblem = {
  /** 1-based line within the body. */
  line: number;
  message: string;
};

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INDENT = /^[ \t]*/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
// A start or end tag as HTML writes it; autolinks (`<https://…>`) and e-mail links have no space after the name.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[ \t\n][^<>]*)?(\/?)>/g;
const EMPHASIS_RUN = /(?<!\\)[*_]+/g;
const BRACKET = /(?<!\\)\[/g;
const PIPE = /\|/g;

function width(whitespace: string): number {
  let columns = 0;
  for (const char of whitespace) columns += char === "\t" ? 4 - (columns % 4) : 1;
  return columns;
}

/**
 * How many lists and quotes a line is inside, counted generously: every marker at its start and
 * every two columns of indentation (the least a nested list needs) count as one level. `rest` is
 * the line's text after them.
 */
function containers(line: string): { nesting: number; listItem: boolean; rest: string } {
  let rest = line;
  let levels = 0;
  let columns = 0;
  let listItem = false;
  for (;;) {
    // Stryker disable next-line OptionalChaining,StringLiteral: the pattern matches every text, if only as ""
    const indent = INDENT.exec(rest)?.[0] ?? "";
    columns += width(indent);
    rest = rest.slice(indent.length);
    if (THEMATIC_BREAK.test(rest)) break;
    const list = LIST_MARKER.exec(rest)?.[0];
    const marker = rest.startsWith(">") ? (rest.startsWith("> ") ? "> " : ">") : list;
    if (marker === undefined) break;
    listItem ||= marker === list;
    levels += 1;
    rest = rest.slice(marker.length);
  }
  return { nesting: levels + Math.floor(columns / 2), listItem, rest };
}

type Deepest = { depth: number; line: number };

/** The deepest point of the HTML elements in the body, with end tags closing what they name. */
function htmlNesting(lines: readonly { text: string; line: number }[]): Deepest {
  const open: string[] = [];
  let deepest: Deepest = { depth: 0, line: 1 };
  for (const { text, line } of lines) {
    // Stryker disable next-line StringLiteral: the name's group takes part in every match of the tag pattern
    for (const [, closing, rawName = "", selfClosing] of text.matchAll(TAG)) {
      const name = rawName.toLowerCase();
      if (closing) {
        const at = open.lastIndexOf(name);
        if (at !== -1) open.length = at;
      } else if (!selfClosing && !VOID_ELEMENTS.has(name)) {
        open.push(name);
        if (open.length > deepest.depth) deepest = { depth: open.length, line };
      }
    }
  }
  return deepest;
}

/** Every limit a body exceeds, with the line where it first does; empty when it is within all. */
export function bodyProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const characters = [...body].length;
  if (characters > BODY_LIMITS.characters) {
    problems.push({
      line: 1,
      message: `the text is ${characters.toLocaleString("en-US")} characters long; the most one file may hold is ${BODY_LIMITS.characters.toLocaleString("en-US")} (about 15,000 words): split it into two articles`,
    });
    // The other limits are for bodies small enough to read; one message is enough here.
    return problems;
  }

  const outsideCode: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split("\n").forEach((text, index) => {
    const opening = FENCE.exec(text)?.[1];
    if (fence === undefined) {
      if (opening === undefined) outsideCode.push({ text, line: index + 1 });
      else fence = opening;
    } else if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length && text.trim() === opening) fence = undefined;
  });

  const shaped = outsideCode.map((line) => ({ ...line, ...containers(line.text) }));
  const deepList = shaped.find(({ nesting }) => nesting > BODY_LIMITS.nesting);
  if (deepList) {
    problems.push({
      line: deepList.line,
      message: `lists and quotes are nested ${deepList.nesting} levels deep here; at most ${BODY_LIMITS.nesting} levels are allowed: indent less or start a new list`,
    });
  }

  const html = htmlNesting(outsideCode);
  if (html.depth > BODY_LIMITS.htmlNesting) {
    problems.push({
      line: html.line,
      message: `HTML elements are nested ${html.depth} deep here; at most ${BODY_LIMITS.htmlNesting} are allowed: close each tag (\`<div>\` … \`</div>\`) or remove some`,
    });
  }

  let paragraph = { marks: 0, brackets: 0, line: 1 };
  const reported = new Set<string>();
  /** Each of these limits is reported once, where a paragraph or a row first exceeds it. */
  const check = (limit: "emphasisMarks" | "brackets" | "tableColumns", count: number, line: number, message: string) => {
    if (count <= BODY_LIMITS[limit] || reported.has(limit)) return;
    reported.add(limit);
    problems.push({ line, message });
  };
  for (const { rest, line, listItem } of shaped) {
    // Emphasis and links pair up within one paragraph or list item, never across them.
    if (rest.trim() === "") paragraph = { marks: 0, brackets: 0, line: line + 1 };
    else if (listItem) paragraph = { marks: 0, brackets: 0, line };
    paragraph.marks += rest.match(EMPHASIS_RUN)?.length ?? 0;
    paragraph.brackets += rest.match(BRACKET)?.length ?? 0;
    check("emphasisMarks", paragraph.marks, paragraph.line, `the paragraph starting here has more than ${BODY_LIMITS.emphasisMarks} \`*\` or \`_\` marks; split it with blank lines, or write a literal star as \`\\*\``);
    check("brackets", paragraph.brackets, paragraph.line, `the paragraph starting here has more than ${BODY_LIMITS.brackets} \`[\`; split it with blank lines, or write a literal bracket as \`\\[\``);
    const cells = (rest.match(PIPE)?.length ?? 0) - 1;
    check("tableColumns", cells, line, `this table row has ${cells} cells; a table may have at most ${BODY_LIMITS.tableColumns} columns`);
  }
  return problems;
}
