import { fromHtml } from "hast-util-from-html";
import { quote } from "../content/printable";

/*
 * An opening tag as the author typed it and as a browser reads it, for the checks of tags the page
 * shows otherwise than meant (unread-tags.ts, split-values.ts). Read by hand, one character at a
 * time; the places where an attempt to read a tag failed are kept (`failed`), so a later attempt
 * that gets there stops, and a paragraph of thousands of `<` costs time in proportion to its length.
 */

/** The quotes a Mac or Word types (`“…”`, `‘…’`, `«…»`), which neither Markdown nor HTML reads as quotes. */
export const TYPED_QUOTES = "“”„‟‘’‚‛«»‹›";

/** A value as typed: its text, and the quote around it (`""` for none), or the quotes a Mac or Word types (`open`, `close`), which a browser reads as part of the value. */
export type TypedValue = { text: string; quote: "" | '"' | "'" } | { text: string; quote: "typed"; open: string; close: string };
/** An attribute, with what was typed before it (`gap`: spaces, a `/`, or nothing after a value in quotes) and between its name and its value (`equals`: `=`, ` = `). */
export type TypedAttribute = { gap: string; name: string; equals: string; value?: TypedValue };
/** An opening tag: its name, its attributes, what ends it (`>`, ` />`: the `>` and the spaces and `/` before it) and how many characters it takes. */
export type TypedTag = { name: string; attributes: TypedAttribute[]; close: string; length: number };

/** The spaces HTML knows. */
const SPACES = new Set([" ", "\t", "\n", "\r", "\f"]);
const TAG_NAME_START = /[A-Za-z]/;
const TAG_NAME = /[A-Za-z0-9-]/;
/** An attribute's name, as CommonMark reads one: other names are not taken for a tag here. */
const NAME_START = /[A-Za-z_:]/;
const NAME = /[A-Za-z0-9_.:-]/;
/** What CommonMark refuses in a value without quotes. */
const REFUSED = new Set(['"', "'", "=", "<", "`"]);

/**
 * The opening tag whose `<` is at `offset` of `source`, as a browser reads it, ending before `stop`: a value
 * without quotes runs to a space or `>` (`href=>` is an empty one), a `/` not before `>` stands for a
 * space, and an attribute may follow a value in quotes with no space. Undefined when there is none. `failed` holds the
 * attributes' starts from which an earlier attempt over the same text failed: what follows an
 * attribute's start does not depend on where the tag began, so one that gets there fails too.
 */
export function readTag(source: string, offset: number, stop: number, failed = new Set<number>()): TypedTag | undefined {
  // Nothing from `stop` on is read: past its end, `charAt` gives "".
  const text = source.slice(0, stop);
  // Stryker disable next-line ArrayDeclaration: `failed` is only asked about places, which are numbers, so a word in it changes nothing
  const reached: number[] = [];
  const fail = () => {
    for (const start of reached) failed.add(start);
    return undefined;
  };
  const at = (index: number) => text.charAt(index);
  const skip = (from: number, test: (char: string) => boolean) => {
    let index = from;
    // Stryker disable next-line EqualityOperator: one step past the end reads "" again, and a tag cannot end there
    while (index < text.length && test(at(index))) index += 1;
    return index;
  };
  if (!TAG_NAME_START.test(at(offset + 1))) return undefined;
  let index = skip(offset + 1, (char) => TAG_NAME.test(char));
  const name = text.slice(offset + 1, index);
  const attributes: TypedAttribute[] = [];
  for (;;) {
    const gapStart = index;
    index = skip(index, (char) => SPACES.has(char) || char === "/");
    const gap = text.slice(gapStart, index);
    if (at(index) === ">") return { name, attributes, close: `${gap}>`, length: index + 1 - offset };
    // Only the tag's name needs a space after it: a name or a value without quotes runs on to where no attribute can start, and one in quotes may be followed by the next at once.
    if ((gap === "" && attributes.length === 0) || !NAME_START.test(at(index)) || failed.has(index)) return fail();
    reached.push(index);
    const nameStart = index;
    index = skip(index + 1, (char) => NAME.test(char));
    // Stryker disable next-line StringLiteral: `equals` is only read beside a value, and every value sets it
    const attribute: TypedAttribute = { gap, name: text.slice(nameStart, index), equals: "" };
    attributes.push(attribute);
    const equals = skip(index, (char) => SPACES.has(char));
    if (at(equals) !== "=") continue;
    const valueStart = skip(equals + 1, (char) => SPACES.has(char));
    const first = at(valueStart);
    attribute.equals = text.slice(index, valueStart);
    const typedEnd = TYPED_QUOTES.includes(first) ? typedQuoteEnd(text, valueStart) : undefined;
    if (typedEnd !== undefined) {
      attribute.value = { text: text.slice(valueStart + 1, typedEnd), quote: "typed", open: first, close: at(typedEnd) };
      index = typedEnd + 1;
    } else if (first === '"' || first === "'") {
      // A quote never closed runs to the end, where no tag ends.
      const valueEnd = skip(valueStart + 1, (char) => char !== first);
      attribute.value = { text: text.slice(valueStart + 1, valueEnd), quote: first };
      index = valueEnd + 1;
    } else {
      index = skip(valueStart, (char) => !SPACES.has(char) && char !== ">");
      attribute.value = { text: text.slice(valueStart, index), quote: "" };
    }
  }
}

/**
 * Where a value opened at `start` by a quote a Mac or Word types (`title=“Sterling silver”`) is
 * closed: at the first such quote, or a straight one, before a space, a `/` or the `>` that ends
 * the tag; undefined when a `>` comes first, where a browser ends the tag.
 */
function typedQuoteEnd(text: string, start: number): number | undefined {
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === ">") return undefined;
    const next = text.charAt(index + 1);
    if (`${TYPED_QUOTES}"'`.includes(char) && (SPACES.has(next) || next === "/" || next === ">")) return index;
  }
  return undefined;
}

/** A value as typed, with its quotes. */
function typedValue(value: TypedValue): string {
  return value.quote === "typed" ? `${value.open}${value.text}${value.close}` : `${value.quote}${value.text}${value.quote}`;
}

/** An attribute as typed: `src="/r.jpg"`, `alt=A`, `checked`. */
export function typedAttribute({ name, equals, value }: TypedAttribute): string {
  return value === undefined ? name : `${name}${equals}${typedValue(value)}`;
}

/** What a browser reads as a value between the quotes a Mac or Word types: the quotes and all, up to the first space (`“Sterling`). */
export function typedQuotesRead(value: TypedValue): string {
  // Stryker disable next-line StringLiteral: splitting gives one part at least, so the fallback never runs
  return typedValue(value).split(/[ \t\n\r\f]/)[0] ?? "";
}

/** The tag as typed. */
export function typedTag(tag: TypedTag): string {
  return `<${tag.name}${tag.attributes.map((attribute) => `${attribute.gap}${typedAttribute(attribute)}`).join("")}${tag.close}`;
}

/** Why a value (`value`: "its value") between the quotes a Mac or Word types (`marks`, `“…”`) is misread, and what to do. */
export function typedQuotesReason(value: string, marks: string): string {
  return `${value} is between ${quote(marks)}, the quotes Word or a Mac types, and HTML reads a value only between straight quotes; put it between straight quotes`;
}

/** Why Markdown shows a tag a browser would read as typed: a form feed between two parts, a value between the quotes a Mac or Word types, a value without quotes holding what it refuses, an `=` with no value after it, no space or a `/` between two parts, or a `/` apart from the `>` that ends the tag. */
export type Slip = { kind: "feed" } | { kind: "typed"; attribute: string; marks: string } | { kind: "value"; attribute: string; chars: string[] } | { kind: "empty"; attribute: string } | { kind: "gap"; before: string; after: string; slash: boolean } | { kind: "close" };

/** The characters of a value without quotes that make Markdown refuse the tag: `"`, `'`, `=`, `<`, a backtick, or else a `/` after its first character (remark ends the value there), unless it ends the tag (`<img src=x/>`). */
function refusedIn(value: string, endsTag: boolean): string[] {
  const chars = [...new Set([...value].filter((char) => REFUSED.has(char)))];
  if (chars.length > 0) return chars;
  const slash = value.indexOf("/", 1);
  if (slash === -1) return [];
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a `/` slip of the last value is found after the tag's others, and `firstSlip` (unread-tags.ts) names it only when it is alone, where Markdown reads the tag and it is never text
  return endsTag && slash === value.length - 1 ? [] : ["/"];
}

/** Whether a `/` stands apart from the `>` that ends `tag` (`<br / >`): not the one right before it. */
function slashApart(tag: TypedTag): boolean {
  return tag.close.slice(0, -2).includes("/");
}

/** `text` with each form feed (pasted, it shows as nothing) written as the space a browser reads it as. */
const spaced = (text: string) => text.replaceAll("\f", " ");

/** Whether a form feed stands between `tag`'s parts (`<a\fhref=x>`): a space to a browser, not to Markdown. */
function feedBetween(tag: TypedTag): boolean {
  return [...tag.attributes.map(({ gap, equals }) => `${gap}${equals}`), tag.close].some((text) => text !== spaced(text));
}

/** What in `tag` keeps Markdown from reading it: a form feed first, then the others in the order typed; none for a tag Markdown reads. */
export function slips(tag: TypedTag): Slip[] {
  const found: Slip[] = feedBetween(tag) ? [{ kind: "feed" }] : [];
  let before = `<${tag.name}`;
  tag.attributes.forEach((attribute, index) => {
    const { gap, value } = attribute;
    const slash = gap.includes("/");
    if (gap === "" || slash) {
      // Stryker disable next-line StringLiteral: unread-tags.ts `reason` reads a slip that is neither a value nor the close as a gap, and `firstSlip` looks only for values
      found.push({ kind: "gap", before, after: attribute.name, slash });
    }
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator,StringLiteral: `last` false adds a `/` slip after the tag's others, named only when alone (refusedIn)
    const last = index === tag.attributes.length - 1 && tag.close === ">";
    if (value?.quote === "typed") found.push({ kind: "typed", attribute: attribute.name, marks: `${value.open}…${value.close}` });
    const chars = value?.quote === "" ? refusedIn(value.text, last) : [];
    if (chars.length > 0) found.push({ kind: "value", attribute: attribute.name, chars });
    // `href=>`: a browser reads an empty value, Markdown wants one.
    if (value?.quote === "" && value.text === "") found.push({ kind: "empty", attribute: attribute.name });
    before = typedAttribute(attribute);
  });
  // Stryker disable next-line ConditionalExpression: a slip found last is named only when it is alone, where Markdown reads the tag and it is never text (mayHoldMisreadTag would only parse the body)
  if (slashApart(tag)) found.push({ kind: "close" });
  return found;
}

/** What `isBoolean` found, by name as typed: a text of thousands of tags asks the HTML parser once a name. */
const BOOLEANS = new Map<string, boolean>();

/** Whether HTML gives `name` a meaning without a value (`checked`, `hidden`): hast reads it as `true`. */
function isBoolean(name: string): boolean {
  const known = BOOLEANS.get(name);
  // Stryker disable next-line ConditionalExpression: asking the parser again gives the same answer
  if (known !== undefined) return known;
  // The parser reads the name in lowercase itself.
  const [element] = fromHtml(`<div ${name}>`, { fragment: true }).children;
  // Stryker disable next-line ConditionalExpression,OptionalChaining: a `<div>` with a name CommonMark allows is always read as an element
  const found = element?.type === "element" && Object.values(element.properties).includes(true);
  BOOLEANS.set(name, found);
  return found;
}

/** A value without quotes that a space cut short: the attribute (and its place in the tag), the value a browser reads, the words it leaves out as attributes, and the value meant. */
export type SplitValue = { attribute: string; index: number; read: string; left: string[]; meant: string };

/**
 * Values without quotes followed by words a browser takes for attributes of their own and HTML
 * gives no meaning to (`alt=A ring`: `ring`): the author meant the words as part of the value. A
 * word such as `checked` or `hidden` after it is taken as meant.
 */
export function splitValues(tag: TypedTag): SplitValue[] {
  const split: SplitValue[] = [];
  tag.attributes.forEach((attribute, index) => {
    if (attribute.value?.quote !== "") return;
    const after: TypedAttribute[] = [];
    for (const next of tag.attributes.slice(index + 1)) {
      // A word always follows a space or a `/`: a value without quotes, or a word, ends only there.
      if (next.value !== undefined || next.gap.includes("/")) break;
      after.push(next);
    }
    if (after.every((word) => isBoolean(word.name))) return;
    const meant = `${attribute.value.text}${after.map((word) => `${word.gap}${word.name}`).join("")}`;
    split.push({ attribute: attribute.name, index, read: attribute.value.text, left: after.map((word) => word.name), meant });
  });
  return split;
}

/**
 * The tag to write: every value in double quotes (one already in quotes kept as it is, a `"`
 * inside written `&quot;`), a value cut short by a space joined with its words, and a space
 * between attributes where there was none, a `/` or a form feed.
 */
export function tagToWrite(typed: TypedTag): string {
  const tag = { ...typed, attributes: typed.attributes.map((attribute) => ({ ...attribute, gap: spaced(attribute.gap), equals: spaced(attribute.equals) })), close: spaced(typed.close) };
  const meant = new Map(splitValues(tag).map((split) => [split.index, split]));
  const parts: string[] = [];
  let skipped = 0;
  for (const [index, attribute] of tag.attributes.entries()) {
    if (skipped > 0) {
      skipped -= 1;
      continue;
    }
    const gap = attribute.gap === "" || attribute.gap.includes("/") ? " " : attribute.gap;
    const { value } = attribute;
    if (value === undefined) {
      parts.push(`${gap}${attribute.name}`);
      continue;
    }
    const split = meant.get(index);
    skipped = split?.left.length ?? 0;
    const text = split?.meant ?? value.text;
    parts.push(value.quote === "" || value.quote === "typed" ? `${gap}${attribute.name}${attribute.equals}"${text.replaceAll('"', "&quot;")}"` : `${gap}${typedAttribute(attribute)}`);
  }
  // `<br / >` is written `<br />`.
  const close = slashApart(tag) ? " />" : tag.close;
  return `<${tag.name}${parts.join("")}${close}`;
}
