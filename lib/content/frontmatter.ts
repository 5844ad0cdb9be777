import matter from "gray-matter";
import { CST, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, Pair, parseDocument, visit, YAMLMap, type Document, type Node, type Scalar } from "yaml";
import { quote } from "./printable";
import { INVISIBLE, invisibleInField } from "./invisible";
import { commaItems, fieldLine, listLine, quotedFieldLine } from "./lines-to-write";
import { closingSlip, firstLineSlips } from "./fence-slips";
import { opensSingleQuote } from "./field-line-slips";
import { bracketNote } from "./bracket-notes";
import { curlyAdvice, curlyQuoted, describeInvisible, describeYamlError } from "./yaml-problems";

/**
 * Where each field and list item is written, by its key (fieldKey): `title`, `tags.0`, `cover.src`
 * → its 1-based file line.
 */
export type FieldLines = Record<string, number>;

/** How many spaces come before each field's name, by path (`cover.alt`: 2, or 4 in a file indented so): a line to write is indented alike. */
export type FieldIndents = Record<string, number>;

/**
 * The lines of each group written in braces, by path, from its name's to its `}`'s (`cover: { src: …,`
 * on line 7 and `alt: … }` on line 8: 7 to 8): a line to write gives such a group whole, in place of them all.
 */
export type BracedGroups = Record<string, { from: number; to: number }>;

export type SplitProblem = { field: string; message: string; line?: number; severity: "error" | "warning" };

export type SplitFile = {
  data: Record<string, unknown>;
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** The line of the `---` that ends the fields: where a missing field is to be written. */
  fieldsEnd: number;
  lines: FieldLines;
  indents: FieldIndents;
  braces: BracedGroups;
  /**
   * Things that parse but are probably not what the author meant: a mis-indented list (a warning),
   * a title cut short by ` #` (an error).
   */
  warnings: SplitProblem[];
  /** What was typed for each value read as a number or a yes/no (`title: 1925`), by path: the line to write quotes it. */
  typed: Record<string, string>;
  /**
   * The note written where a value goes, by path (`tags: #artdeco #vintage`: `#` starts a note, so
   * the value is nothing): the line to write takes it as the value.
   */
  notes: Record<string, string>;
  /**
   * With errors in the fields: the fields written but not read, whose messages would be guesses
   * (`title` is required, when its line is the unreadable one). The other fields are checked.
   */
  unread?: ReadonlySet<string>;
};

/** Fields that could not be read, and what could still be read of the file, checked as usual. */
export type SplitFailure = { problems: SplitProblem[]; partial?: SplitFile };

const FIELDS = "the fields at the top of the file";

/** An error in the block of fields as a whole, on `line`. */
function fieldsError(line: number | undefined, message: string): SplitProblem {
  return { field: "fields", line, severity: "error", message };
}

/** Normalises what editors may save: a UTF-8 byte-order mark and Windows line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The key of the field at `path` in the field lines: its names joined by dots (`cover.src` for `src`
 * in the `cover` group), with a dot or a backslash inside a name escaped, so that a name holding a
 * dot (`cover.src:` at the left edge) is `cover\.src`, a field of its own.
 */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.map((name) => String(name).replace(/[\\.]/g, "\\$&")).join(".");
}

/** The line of the field keyed `key` (`cover.src`, fieldKey), or of the nearest enclosing field that has one. */
export function lineAt(lines: FieldLines, key: string): number | undefined {
  // The dots between two names, last first: an escaped one (`\.`) is inside a name.
  const ends = [...key.matchAll(/\\.|\./g)].flatMap((mark) => (mark[0] === "." ? [mark.index] : [])).reverse();
  for (const enclosing of [key, ...ends.map((end) => key.slice(0, end))]) {
    const line = lines[enclosing];
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * A field's name as the fields read it, asked of the `yaml` package, which makes text of it: a list
 * or a group written as a name (`[a, b]: x`) becomes `[ a, b ]`, and YAML's nothing (`~: x`) `""`.
 */
function keyName(key: unknown, document: Document): string {
  const alone = new YAMLMap();
  alone.items.push(new Pair(key, null));
  // A group of one field has one name.
  return Object.keys(alone.toJS(document) as object).join("");
}

/** The path of the field whose name is `key`, under the groups `path` passes through: `cover.alt`. */
function fieldPath(path: readonly unknown[], key: Scalar, document: Document): string {
  return [...path.filter(isPair).map((parent) => keyName(parent.key, document)), String(key.value)].join(".");
}

/** The line of the `}` of a group written in braces; undefined for any other value. */
function closingLine(value: unknown, counter: LineCounter): number | undefined {
  if (!isMap(value) || value.flow !== true) return undefined;
  // The range ends just past the `}`, on its line.
  // Stryker disable next-line ConditionalExpression: a group read from the file always has its range: the test is for the type
  return value.range ? counter.linePos(value.range[1]).line : undefined;
}

/** What collectLines records of the fields, by path. */
type Recorded = Pick<SplitFile, "lines" | "indents" | "braces" | "typed" | "notes">;

/**
 * Records the line and the indent of every key and the line of every list item, so a message can
 * name the exact line and give one to write, the last line of every group in braces, what was
 * typed for every value that is not text (`1925`, `true`), and a note on a field's own line where
 * its value goes (`tags: #artdeco`).
 */
function collectLines(node: unknown, prefix: string, document: Document, counter: LineCounter, found: Recorded): void {
  const { lines, indents, braces, typed, notes } = found;
  const lineOf = (at: Node) => (at.range ? counter.linePos(at.range[0]).line : undefined);
  const keepTyped = (value: unknown, path: string) => {
    // A note on the lines under the field is a note about it; one on its own line stands where its value goes.
    if (isScalar(value) && value.value === null && value.comment !== undefined && value.range && counter.linePos(value.range[0]).line === counter.linePos(value.range[2] - 1).line) notes[path] = `#${value.comment}`.trim();
    if (!isScalar(value) || typeof value.value === "string" || value.value === null) return;
    // Stryker disable next-line ConditionalExpression: a value read from the file always has its source: the test is for the type
    if (value.source !== undefined) typed[path] = value.source;
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      // Stryker disable next-line ConditionalExpression: the yaml package makes every key a node, even an empty one (`: x`): the test is for the type
      if (!isNode(pair.key)) continue;
      const path = `${prefix}${fieldKey([keyName(pair.key, document)])}`;
      const at = pair.key.range ? counter.linePos(pair.key.range[0]) : undefined;
      // Of two names read alike (`1:` and `"1":` in one group), the fields keep the last one's value, so its line is named.
      // Stryker disable next-line ConditionalExpression: the yaml package gives every key it reads its range
      if (at !== undefined) {
        lines[path] = at.line;
        indents[path] = at.col - 1;
        const to = closingLine(pair.value, counter);
        if (to !== undefined) braces[path] = { from: at.line, to };
      }
      keepTyped(pair.value, path);
      collectLines(pair.value, `${path}.`, document, counter, found);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = `${prefix}${index}`;
      // A pair in a list (`[gold: 18k]`) is no node of its own, and has no line here.
      const line = isNode(item) ? lineOf(item) : undefined;
      // Stryker disable next-line ConditionalExpression: only a pair in a list (`[gold: 18k]`) has no line, and an entry set to undefined reads as no entry (lines are looked up, never listed)
      if (line !== undefined) lines[path] = line;
      keepTyped(item, path);
      collectLines(item, `${path}.`, document, counter, found);
    });
  }
}

/**
 * A list item that runs on over several lines, one of them starting with `- `: a list indented
 * unevenly, which YAML reads as one item (`engagement rings - buying guide`), not as two.
 */
function unevenLists(document: Document, counter: LineCounter, source: string): SplitProblem[] {
  const warnings: SplitProblem[] = [];
  visit(document, {
    Seq(_, seq, path) {
      const owner = path.at(-1);
      const field = isPair(owner) ? keyName(owner.key, document) : "list";
      const items = seq.items.filter((item): item is Scalar => isScalar(item) && item.type === "PLAIN");
      for (const item of items) {
        // Stryker disable next-line ArrayDeclaration: a value read from the file always has its range, so the fallback never runs
        const [start, end] = item.range ?? [0, 0];
        // Its first line is the value itself, which never starts with `- ` (that would start a list).
        if (!source.slice(start, end).split("\n").some((line) => line.trimStart().startsWith("- "))) continue;
        const line = counter.linePos(start).line;
        const read = seq.items.map((entry) => (isScalar(entry) ? String(entry.value) : "…"));
        const meant = String(item.value).split(" - ").map((part) => `\`  - ${part.trim()}\``).join(", ");
        warnings.push({
          field,
          line,
          severity: "warning",
          message: `\`${field}\` was read as the list ${quote(JSON.stringify(read))}, because a \`- \` line after line ${line} is indented further than the line above it; if you meant separate items, start each \`- \` line with the same spaces: ${meant}`,
        });
      }
    },
  });
  return warnings;
}

/** Explicit tags (`!!timestamp 2025-01-01`, `!custom`) would turn text into other kinds of values. */
function explicitTags(document: Document, counter: LineCounter): SplitProblem[] {
  const problems: SplitProblem[] = [];
  visit(document, {
    Node(_, node) {
      if (!node.tag || !node.range) return;
      const line = counter.linePos(node.range[0]).line;
      problems.push(fieldsError(line, `line ${line} marks a value with ${quote(node.tag.replace("tag:yaml.org,2002:", "!!"))}; remove the mark and write the value alone, like \`date: 2025-11-29\``));
    },
  });
  return problems;
}

/**
 * The line to write for `name: value` whose value starts with `*` or `&`: the value quoted, or each
 * item of a `[…]` list on one line, a `# comment` after the list kept after it.
 */
function referenceLine(indent: string, name: string, value: string): string {
  // The list ends at the first `]` followed by nothing but a comment, which may hold brackets of its own.
  const list = /^\[(.*?)\](\s+#.*)?$/.exec(value);
  if (!list) return fieldLine(name, value, indent);
  // Stryker disable next-line StringLiteral: the first group takes part in every match, if only as ""
  const items = list[1] ?? "";
  return `${indent}${listLine(name, commaItems(items))}${list[2] ?? ""}`;
}

/**
 * `title: *New*` or `description: &amp; more`: YAML reads a value starting with `*` as a reference
 * to another value (which fails to load) and `&` as a label (which drops the word), never as text.
 */
function referenceMarks(document: Document, counter: LineCounter, lines: readonly string[]): SplitProblem[] {
  const problems: SplitProblem[] = [];
  visit(document, {
    Node(_, node) {
      if (!(isAlias(node) || node.anchor) || !node.range) return;
      const line = counter.linePos(node.range[0]).line;
      // Stryker disable next-line StringLiteral: the parser names a line of the block of fields, so the fallback never runs
      const untrimmed = lines[line - 1] ?? "";
      const written = untrimmed.trim();
      const quoted = (text: string) => `"${text.replace(/"/g, '\\"')}"`;
      // `title: *New*` → `title: "*New*"` (quoted by the `yaml` package); a list item `- *New*` → `- "*New*"`; a value on the
      // line under its field, `  *New*` → `  "*New*"`. The `s` flag: a line separator (U+2028) inside a value ends no line here.
      const field = /^(\s*)([^\s:"-][^:"]*):\s(.+)/s.exec(untrimmed);
      const item = /^-\s+(.*)/s.exec(written)?.[1];
      const other = item === undefined ? `${untrimmed.slice(0, untrimmed.indexOf(written))}${quoted(written)}` : `- ${quoted(item)}`;
      // Stryker disable next-line StringLiteral: the pattern's three groups always match, if only an empty text, so no fallback runs
      const write = field ? referenceLine(field[1] ?? "", field[2] ?? "", (field[3] ?? "").trim()) : other;
      problems.push(fieldsError(line, `line ${line} starts a value with ${quote(isAlias(node) ? "*" : "&")}, which YAML reads as a reference, not as text; put the value in quotes: write ${quote(write)}`));
    },
  });
  return problems;
}

/** The nearest line at or above `line` with an unpaired `"` or `[`, or a value opening a `'` it never closes, else `line` itself. */
function openingLine(lines: readonly string[], line: number): number {
  for (let at = line; at >= 2; at -= 1) {
    // Stryker disable next-line StringLiteral: `at` stays within the lines of fields, and no other text put for `\"` holds a quote or a bracket
    const text = (lines[at - 1] ?? "").replace(/\\"/g, "");
    if (opensSingleQuote(text)) return at;
    if ((text.match(/"/g)?.length ?? 0) % 2 === 1 || (text.match(/\[/g)?.length ?? 0) > (text.match(/\]/g)?.length ?? 0)) return at;
  }
  return line;
}

/** The nearest `...` line above `line` (YAML's "end of the fields"), else `line` itself. */
function endMarkerLine(lines: readonly string[], line: number): number {
  for (let at = line - 1; at >= 2; at -= 1) {
    // Stryker disable next-line StringLiteral: `at` stays within the lines above `line`, so the fallback never runs
    const written = lines[at - 1] ?? "";
    if (written.trimEnd() === "...") return at;
  }
  return line;
}

/** The first line the parser complains on in `block` with its line `line` written as `write`; undefined when it reads every line. */
function firstErrorWith(block: string, line: number, write: string): number | undefined {
  const changed = block.split("\n");
  changed[line - 1] = write;
  const counter = new LineCounter();
  const [first] = parseDocument(changed.join("\n"), { lineCounter: counter, ...YAML_OPTIONS }).errors;
  return first === undefined ? undefined : counter.linePos(first.pos[0]).line;
}

/** The parser's complaints about the fields, one a line, each in plain words. */
function parserProblems(document: Document, counter: LineCounter, lines: readonly string[], block: string): SplitProblem[] {
  // A field indented under the one above is read as the rest of that line: name the indented line.
  for (const error of document.errors.filter((candidate) => candidate.code === "MULTILINE_IMPLICIT_KEY")) {
    const [start, end] = [counter.linePos(error.pos[0]).line, counter.linePos(error.pos[1]).line];
    // Stryker disable next-line StringLiteral: the parser names a line of the block of fields, so the fallback never runs
    const written = lines[end - 1] ?? "";
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the parser names this error over a key that runs on below its line, so `end` is always below `start` (its yaml source; the check behind it: bench/mutation/equivalent.md)
    const below = end > start;
    if (below && /^\s+[^\s#-][^:]*:(\s|$)/.test(written)) {
      const message = `line ${end} (it reads ${quote(written)}) is indented, so it is read as part of line ${start}; start it at the left edge, like ${quote(written.trimStart())}`;
      return [fieldsError(end, message)];
    }
  }
  const seen = new Set<number>();
  const problems: SplitProblem[] = [];
  for (const error of document.errors) {
    const reported = counter.linePos(error.pos[0]).line;
    // A `#` inside braces whose note took the `}`: the parser stumbles lines later; name the line of the `#`.
    const cut = bracketNote(lines, reported, (line, write) => firstErrorWith(block, line, write));
    // A quote left open is noticed lines later, where the text ends: name the line that opened it.
    // A `...` line ends the fields early; the parser names the line after it.
    const line = cut?.line ?? (error.code === "MISSING_CHAR" ? openingLine(lines, reported) : error.code === "MULTIPLE_DOCS" ? endMarkerLine(lines, reported) : reported);
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push(fieldsError(line, cut?.message ?? describeYamlError(error, line, lines)));
  }
  return problems;
}

/** The lines of the fields (`fieldLines[i]` is file line i + 1) with an invisible character in a field's name or after its colon. */
function invisibleProblems(fieldLines: readonly string[]): SplitProblem[] {
  return fieldLines.flatMap((written, index): SplitProblem[] => {
    // Line 1, `---`, has no colon, so it is never taken for a field.
    const found = invisibleInField(written);
    return found ? [fieldsError(index + 1, describeInvisible(index + 1, written, found))] : [];
  });
}

/** Whether a field's name holds an invisible character (`\u{a0}title`), which YAML reads as another name. */
function hasInvisibleKey(document: Document): boolean {
  let found = false;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && INVISIBLE.test(String(pair.key.value))) found = true;
    },
  });
  return found;
}

/**
 * `title: “Ring settings”`: curly quotes are read as part of the value, so the page would show
 * them. A warning with the line to write, in straight quotes where the value needs them.
 */
function curlyQuotedValues(document: Document, counter: LineCounter): SplitProblem[] {
  const warnings: SplitProblem[] = [];
  visit(document, {
    Pair(_, pair, path) {
      const { key, value } = pair;
      if (!isScalar(key) || !isScalar(value) || value.type !== "PLAIN" || !key.range) return;
      // A number or a yes/no holds no curly quote.
      const inner = curlyQuoted(String(value.value));
      if (inner === undefined) return;
      const at = counter.linePos(key.range[0]);
      const field = fieldPath(path, key, document);
      warnings.push({ field, line: at.line, severity: "warning", message: `\`${field}\` is written between curly quotes (“ ”), which the fields read as part of it, so the page would show them; ${curlyAdvice(fieldLine(String(key.value), inner, " ".repeat(at.col - 1)))}` });
    },
  });
  return warnings;
}

/** Fields whose value is words for readers, where a `#` glued to a word (`#5`, `#giftguide`) is text, never a note meant. */
const WORDS_FOR_READERS = new Set(["title", "description", "name", "role", "alt"]);

/**
 * `title: Ring #5 of our eternity series`: YAML reads ` #` and what follows as a note for the file,
 * so the page shows the title `Ring` (the fifth jeweler's trial). A note meant is written `# like
 * this`, with a space after the `#` (`draft: true  # until Friday`), so only a `#` glued to what
 * follows, after words for readers written without quotes on the same line, is an error, with the
 * line to write: the whole value in double quotes. Hashtags on the lines under it (`  #gold`) are
 * notes too, which notesUnderValue would tell only once this is fixed: the line to write takes them
 * in, so one run gives the whole fix. Where the note starts is the `yaml` package's own reading
 * (its source tokens), not ours.
 */
function cutByNote(document: Document, counter: LineCounter, source: string): SplitProblem[] {
  const problems: SplitProblem[] = [];
  visit(document, {
    Pair(_, pair, path) {
      const { key, value } = pair;
      if (!isScalar(key) || !isScalar(value) || value.type !== "PLAIN" || typeof value.value !== "string" || !key.range || !value.range) return;
      if (!WORDS_FOR_READERS.has(String(key.value)) || !CST.isScalar(value.srcToken) || !("end" in value.srcToken)) return;
      const note = value.srcToken.end?.find((token) => token.type === "comment");
      const valueEnd = counter.linePos(value.range[1]).line;
      if (note === undefined || /^#\s/.test(note.source) || counter.linePos(note.offset).line !== valueEnd) return;
      const keyAt = counter.linePos(key.range[0]);
      const under = hashtagsUnder(notesAfter(value.srcToken.end, document, pair, path, source), counter, valueEnd);
      const typedValue = source.slice(value.range[0], note.offset + note.source.length).replace(/[ \t]*\n[ \t]*/g, " ");
      const write = quotedFieldLine(String(key.value), under === undefined ? typedValue : `${typedValue} ${under.written}`, " ".repeat(keyAt.col - 1));
      const field = fieldPath(path, key, document);
      const last = under?.to ?? valueEnd;
      const lines = keyAt.line === last ? "" : ` in place of lines ${keyAt.line} to ${last}`;
      const [also, unless] = alsoUnder(under);
      problems.push({
        field,
        line: valueEnd,
        severity: "error",
        // The line whole, however long: it is the one to copy (formatIssue makes it printable).
        message: `\`${field}\` is cut short at \` #\`: the fields read what follows, ${quote(note.source)}, as a note for the file and leave it out, so the page shows only ${quote(value.value)}${also}; put the whole value in double quotes: write \`${write}\`${lines}${unless}`,
      });
    },
  });
  return problems;
}

/**
 * A note that starts with a word, as a hashtag does (`#handmade`, `#2026`), not `# a note`, `#---`,
 * or a word and a colon, a field set aside or a note's label (`#updated: 2026-12-03`, `#TODO: …`).
 */
const HASHTAG = /^#[\p{L}\p{N}](?![\p{L}\p{N}_-]*:)/u;

type Note = { offset: number; source: string };

/**
 * The notes at the left edge under a field of the top level (`#handmade` under `description:`),
 * which the `yaml` package reads as the next field's, or, after the last field, as the fields'
 * closing notes: the lines between the last value and the end of the fields.
 */
function notesAtLeftEdge(document: Document, pair: unknown, path: readonly unknown[], source: string): Note[] {
  const fields = path.at(-1);
  if (path.length !== 2 || !isMap(fields) || fields.srcToken?.type !== "block-map" || !fields.range || !document.range) return [];
  const index = fields.items.findIndex((item) => item === pair);
  const after = fields.srcToken.items[index + 1];
  if (after !== undefined) return after.start.filter((token) => token.type === "comment");
  const from = fields.range[2];
  return [...source.slice(from, document.range[2]).matchAll(/^[ \t]*(#.*)$/gm)].map((line) => ({ offset: from + line.index + line[0].indexOf("#"), source: line[1] ?? "" }));
}

/** The notes YAML reads after a value: on its last line, on the lines under it, and at the left edge under a field of the top level. */
function notesAfter(end: readonly CST.SourceToken[] | undefined, document: Document, pair: unknown, path: readonly unknown[], source: string): Note[] {
  return [...(end ?? []).filter((token) => token.type === "comment"), ...notesAtLeftEdge(document, pair, path, source)];
}

/** Hashtags on their own lines under a value (`  #gold` under `title: …`): their first and last line, and their words together. */
type Hashtags = { from: number; to: number; written: string };

/** The hashtags among the notes under a value that ends on line `valueEnd`, if any. */
function hashtagsUnder(notes: readonly Note[], counter: LineCounter, valueEnd: number): Hashtags | undefined {
  const glued = notes.filter((note) => counter.linePos(note.offset).line > valueEnd && HASHTAG.test(note.source));
  const [first] = glued;
  const last = glued.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { from: counter.linePos(first.offset).line, to: counter.linePos(last.offset).line, written: glued.map((note) => note.source.trim()).join(" ") };
}

/** How a message names hashtags under a value: which lines they are, and the words for one line or several. */
function hashtagWords({ from, to, written }: Hashtags): { which: string; them: string; are: string } {
  if (from === to) return { which: `the line under its value, ${quote(written)}, starts with \`#\`, which makes it a note`, them: "it", are: "it is a note" };
  return { which: `lines ${from} to ${to} under its value, ${quote(written)}, start with \`#\`, which makes them notes`, them: "them", are: "they are notes" };
}

/** What a cut value's message adds for hashtags under it: that they are notes too, and that the line may leave them out. */
function alsoUnder(under: Hashtags | undefined): [string, string] {
  if (under === undefined) return ["", ""];
  const { which, are } = hashtagWords(under);
  return [`, and ${which} too`, ` (without ${quote(under.written)} if ${are} of yours)`];
}

/**
 * `description: A ring for winter` with `  #handmade #gift` on the line under it: YAML reads that
 * line as a note for the file, so readers never see it. It may be a note meant, so a note glued to
 * a word (`#handmade`), on its own lines under words for readers, indented or at the left edge, is
 * a warning on its first line, with the one line to write that shows it, or to delete it; `# a
 * note` (a space after `#`) passes. Which lines are the value's notes is the `yaml` package's
 * reading (its source tokens and ranges).
 */
function notesUnderValue(document: Document, counter: LineCounter, source: string): SplitProblem[] {
  const problems: SplitProblem[] = [];
  visit(document, {
    Pair(_, pair, path) {
      const { key, value } = pair;
      if (!isScalar(key) || !isScalar(value) || typeof value.value !== "string" || !key.range || !value.range) return;
      if (!WORDS_FOR_READERS.has(String(key.value)) || !CST.isScalar(value.srcToken) || !("end" in value.srcToken)) return;
      const valueEnd = counter.linePos(value.range[1]).line;
      const notes = notesAfter(value.srcToken.end, document, pair, path, source);
      // A note glued on the value's own line cuts it short: cutByNote's error tells these hashtags too.
      if (value.type === "PLAIN" && notes.some((note) => counter.linePos(note.offset).line === valueEnd && !/^#\s/.test(note.source))) return;
      const under = hashtagsUnder(notes, counter, valueEnd);
      if (under === undefined) return;
      const { from, to, written } = under;
      const keyAt = counter.linePos(key.range[0]);
      const write = quotedFieldLine(String(key.value), `${value.value} ${written}`, " ".repeat(keyAt.col - 1));
      const field = fieldPath(path, key, document);
      const { which, them, are } = hashtagWords(under);
      problems.push({
        field,
        line: from,
        severity: "warning",
        message: `\`${field}\`: ${which} for the file, so readers will not see ${them}; to show ${them}, write \`${write}\` in place of lines ${keyAt.line} to ${to}; if ${are} of yours, delete ${them}`,
      });
    },
  });
  return problems;
}

/**
 * YAML 1.2's core schema: dates stay text, and no merge keys or repeated fields. Its warnings go
 * unprinted: a name written as a list (`[a, b]: x`) is reported on its line, in words for authors.
 * Its source tokens are kept: they say where a note (` #`) starts (cutByNote).
 */
const YAML_OPTIONS = { version: "1.2", schema: "core", merge: false, uniqueKeys: true, prettyErrors: false, logLevel: "error", keepSourceTokens: true } as const;

/** A line that starts a field (`title:`), at the left edge: where one field's lines end and the next begin. */
const FIELD_START = /^([^\s#:'"[{-][^:]*?)\s*:(\s|$)/;

/**
 * What can still be read of fields with errors, so that one unreadable line does not hide the
 * other fields' problems. The parser cannot say which of its values an error spoilt (after
 * `description: Rings: a guide` it reads every later field as part of the description), so each
 * field (its line and the lines under it, up to the next line that starts a field) is read again
 * on its own. A field is kept only if no error is on its lines and it reads cleanly alone; every
 * other field written is `unread`, and no message is made about it.
 */
function partialFields(block: string, errorLines: readonly number[], rest: Omit<SplitFile, "data" | "lines" | "indents" | "braces" | "warnings" | "unread" | "typed" | "notes">): SplitFile {
  // The block starts with the rest of line 1, so index i of its lines is the file's line i + 1.
  const blockLines = block.split("\n");
  // A line spoilt by an invisible character (`title:\u{a0}…`) still starts its field.
  const readable = blockLines.map((line) => invisibleInField(line)?.write ?? line);
  // Line 0, the rest of the opening `---` line, is empty or spaces: never a field.
  const starts = readable.flatMap((line, index) => (FIELD_START.test(line) ? [index] : []));
  const data: Record<string, unknown> = {};
  const found: Recorded = { lines: {}, indents: {}, braces: {}, typed: {}, notes: {} };
  // Every name written on a line no field could be read from, indented or not: `  date:` under a
  // broken `description:` was meant as a field too.
  const unread = new Set<string>();
  const skip = (from: number, to: number) => {
    for (const line of readable.slice(from, to)) {
      // The name's pattern ends before the spaces ahead of the colon.
      const name = FIELD_START.exec(line.trimStart())?.[1];
      // Stryker disable next-line ConditionalExpression: only field names are asked about, never `undefined`
      if (name) unread.add(name);
    }
  };
  skip(1, starts[0] ?? blockLines.length);
  const warnings: SplitProblem[] = [];
  for (const [at, start] of starts.entries()) {
    const end = starts[at + 1] ?? blockLines.length;
    const read = readAlone(blockLines, start, end, errorLines);
    if (read === undefined) {
      skip(start, end);
      continue;
    }
    Object.assign(data, read.value);
    collectLines(read.contents, "", read.document, read.counter, found);
    warnings.push(...read.warnings);
  }
  for (const field of Object.keys(data)) unread.delete(field);
  return { ...rest, ...found, data, warnings, unread };
}

/** The field on block lines `start` to `end` (excluded), parsed alone, or undefined when it has an error. */
function readAlone(blockLines: readonly string[], start: number, end: number, errorLines: readonly number[]) {
  if (errorLines.some((line) => line - 1 >= start && line - 1 < end)) return undefined;
  // The other lines left blank, so that positions stay the file's.
  const alone = blockLines.map((line, index) => (index >= start && index < end ? line : "")).join("\n");
  const counter = new LineCounter();
  const document = parseDocument(alone, { lineCounter: counter, ...YAML_OPTIONS });
  const contents = document.contents;
  if (document.errors.length > 0 || !isMap(contents) || explicitTags(document, counter).length > 0) return undefined;
  try {
    const warnings = [...unevenLists(document, counter, alone), ...curlyQuotedValues(document, counter), ...cutByNote(document, counter, alone), ...notesUnderValue(document, counter, alone)];
    return { value: document.toJS({ maxAliasCount: 20 }) as unknown, contents, document, counter, warnings };
  } catch {
    // A value the `yaml` package cannot turn into JavaScript (too many aliases) is unread, like one with an error.
  }
  return undefined;
}

/** gray-matter's other front-matter languages run code (`---js` is eval): never, whatever the file says. */
// Stryker disable BlockStatement,StringLiteral: a second lock: the first line must be exactly `---` (refused before gray-matter runs, tests/unit/security-edges.test.ts), so gray-matter is never asked for another language
function refused(): never {
  throw new Error("front matter in another language than YAML is refused");
}
// Stryker restore BlockStatement,StringLiteral

/*
 * The engines gray-matter is given in place of its defaults (js-yaml's, which reads 2025-13-45 as a
 * date, and eval for `---js`): gray-matter only finds the block of fields, and the YAML inside it is
 * parsed below, once, by the `yaml` package with its positions and the core schema.
 */
const splitOnly = { engines: { yaml: { parse: () => ({}) }, javascript: { parse: refused }, js: { parse: refused } } };

/**
 * Splits a Markdown file into its fields and body, with the line of every field and list item,
 * or explains every reason it cannot. The fields are parsed as YAML 1.2's core schema: dates stay
 * text (`2025-13-45` is not silently turned into a date), and no tags or other front-matter
 * languages (`---js`) are accepted.
 */
export function splitFrontmatter(raw: string): SplitFile | SplitFailure {
  const text = normaliseText(raw);
  const fail = (message: string, line?: number): SplitFailure => ({ problems: [fieldsError(line, message)] });
  if (text.trim() === "") return fail("the file is empty; start it with a line `---`, the fields (like `title: \"How to Care for Silver\"`), another line `---`, then the text");
  const lines = text.split("\n");
  // Stryker disable next-line OptionalChaining,StringLiteral: `split` always gives a first line, so neither the `?.` nor the fallback is needed when it runs
  const first = lines[0]?.trimEnd() ?? "";
  if (/^---./.test(first)) {
    return fail(`the first line must be exactly \`---\`, with nothing after it (it reads ${quote(first)})`, 1);
  }
  const slips = firstLineSlips(lines);
  if (slips !== undefined) return { problems: slips.map(({ line, message }) => fieldsError(line, message)) };
  if (first !== "---") return fail(`the file must start with a line \`---\`, then ${FIELDS} (like \`title: "How to Care for Silver"\`), then another line \`---\`; ${first === "" ? "line 1 is empty" : `line 1 reads ${quote(first)}`}`, 1);
  const unclosed = closingSlip(lines);
  if (unclosed !== undefined) return fail(unclosed.message, unclosed.line);
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");

  const split = matter(text, splitOnly);
  const block = split.matter;
  const closeLine = 2 + (block.match(/\n/g)?.length ?? 0);
  if (closeLine !== close + 1) {
    return fail(`line ${closeLine} starts with \`---\` but has more after it; the line that ends the fields must be exactly \`---\``, closeLine);
  }
  const body = split.content;
  const bodyLine = lines.length - body.split("\n").length + 1;

  // The block starts with the rest of line 1, so its line numbers are the file's.
  const counter = new LineCounter();
  const document = parseDocument(block, { lineCounter: counter, ...YAML_OPTIONS });
  const partial = (problems: SplitProblem[]): SplitFailure => ({
    problems,
    // Stryker disable next-line ArrayDeclaration: every problem of the block of fields names its line, so the fallback never runs
    partial: partialFields(block, problems.flatMap((problem) => problem.line ?? []), { body, bodyLine, fieldsEnd: closeLine }),
  });
  // An invisible character in a field's name, or after its colon, is what spoilt the fields: say so on its line.
  const invisible = invisibleProblems(lines.slice(0, closeLine - 1));
  // Stryker disable next-line ConditionalExpression: a line with an invisible character after a field's name is read as something, so the fields are never empty here
  const empty = document.contents === null;
  const spoilt = document.errors.length > 0 || (!empty && !isMap(document.contents)) || hasInvisibleKey(document);
  if (invisible.length > 0 && spoilt) {
    const named = new Set(invisible.map((problem) => problem.line));
    const others = parserProblems(document, counter, lines, block).filter((problem) => !named.has(problem.line));
    return partial([...invisible, ...others].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
  if (document.errors.length > 0) return partial(parserProblems(document, counter, lines, block));
  const tagged = explicitTags(document, counter);
  if (tagged.length > 0) return partial(tagged);
  const marked = referenceMarks(document, counter, lines);
  if (marked.length > 0) return partial(marked);
  if (document.contents !== null && !isMap(document.contents)) {
    return fail(`${FIELDS} must be \`field: value\` lines, like \`title: "How to Care for Silver"\``, 2);
  }
  const data: unknown = document.toJS({ maxAliasCount: 20 }) ?? {};
  const found: Recorded = { lines: {}, indents: {}, braces: {}, typed: {}, notes: {} };
  collectLines(document.contents, "", document, counter, found);
  const warnings = [...unevenLists(document, counter, block), ...curlyQuotedValues(document, counter), ...cutByNote(document, counter, block), ...notesUnderValue(document, counter, block)];
  return { ...found, data: data as Record<string, unknown>, body, bodyLine, fieldsEnd: closeLine, warnings };
}
