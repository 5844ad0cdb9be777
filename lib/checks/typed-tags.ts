import { fromHtml } from "hast-util-from-html";

/*
 * An opening tag as the author typed it and as a browser reads it, for the checks of tags the page
 * shows otherwise than meant (unread-tags.ts, split-values.ts). Read by hand, one character at a
 * time; the places where an attempt to read a tag failed are kept (`failed`), so a later attempt
 * that gets there stops, and a paragraph of thousands of `<` costs time in proportion to its length.
 */

/** A value as typed: its text, and the quote around it (`""` for none). */
export type TypedValue = { text: string; quote: "" | '"' | "'" };
/** An attribute, with what was typed before it (`gap`: spaces, a `/`, or nothing after a value in quotes) and between its name and its value (`equals`: `=`, ` = `). */
export type TypedAttribute = { gap: string; name: string; equals: string; value?: TypedValue };
/** An opening tag: its name, its attributes, what ends it (`>`, ` />`, with what stands before it) and how many characters it takes. */
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
 * The opening tag at `offset` of `source` as a browser reads it, ending before `stop`: a value
 * without quotes runs to a space or `>`, a `/` not before `>` stands for a space, and an attribute
 * may follow a value in quotes with no space. Undefined when there is none. `failed` holds the
 * attributes' starts from which an earlier attempt over the same text failed: what follows an
 * attribute's start does not depend on where the tag began, so one that gets there fails too.
 */
export function readTag(source: string, offset: number, stop: number, failed = new Set<number>()): TypedTag | undefined {
  const reached: number[] = [];
  const fail = () => {
    for (const start of reached) failed.add(start);
    return undefined;
  };
  const at = (index: number) => (index < stop ? source.charAt(index) : "");
  const skip = (from: number, test: (char: string) => boolean) => {
    let index = from;
    while (index < stop && test(source.charAt(index))) index += 1;
    return index;
  };
  if (at(offset) !== "<" || !TAG_NAME_START.test(at(offset + 1))) return undefined;
  let index = skip(offset + 1, (char) => TAG_NAME.test(char));
  const name = source.slice(offset + 1, index);
  const attributes: TypedAttribute[] = [];
  let quoted = false;
  for (;;) {
    const gapStart = index;
    index = skip(index, (char) => SPACES.has(char) || char === "/");
    // A `/` right before `>` ends the tag instead.
    if (at(index) === ">" && at(index - 1) === "/" && index > gapStart) index -= 1;
    const gap = source.slice(gapStart, index);
    const close = at(index) === ">" ? ">" : at(index) === "/" && at(index + 1) === ">" ? "/>" : "";
    if (close !== "") return { name, attributes, close: `${gap}${close}`, length: index + close.length - offset };
    if ((gap === "" && !quoted) || !NAME_START.test(at(index)) || failed.has(index)) return fail();
    reached.push(index);
    const nameStart = index;
    index = skip(index + 1, (char) => NAME.test(char));
    const attribute: TypedAttribute = { gap, name: source.slice(nameStart, index), equals: "" };
    attributes.push(attribute);
    quoted = false;
    const equals = skip(index, (char) => SPACES.has(char));
    if (at(equals) !== "=") continue;
    const valueStart = skip(equals + 1, (char) => SPACES.has(char));
    const first = at(valueStart);
    if (first === "" || first === ">") return fail();
    attribute.equals = source.slice(index, valueStart);
    if (first === '"' || first === "'") {
      const valueEnd = skip(valueStart + 1, (char) => char !== first);
      if (at(valueEnd) !== first) return fail();
      attribute.value = { text: source.slice(valueStart + 1, valueEnd), quote: first };
      index = valueEnd + 1;
      quoted = true;
    } else {
      index = skip(valueStart, (char) => !SPACES.has(char) && char !== ">");
      attribute.value = { text: source.slice(valueStart, index), quote: "" };
    }
  }
}

/** An attribute as typed: `src="/r.jpg"`, `alt=A`, `checked`. */
export function typedAttribute({ name, equals, value }: TypedAttribute): string {
  return value === undefined ? name : `${name}${equals}${value.quote}${value.text}${value.quote}`;
}

/** The tag as typed. */
export function typedTag(tag: TypedTag): string {
  return `<${tag.name}${tag.attributes.map((attribute) => `${attribute.gap}${typedAttribute(attribute)}`).join("")}${tag.close}`;
}

/** Why Markdown shows a tag a browser would read as typed: a value without quotes holding what it refuses, no space or a `/` between two parts, or a `/` apart from the `>` that ends the tag. */
export type Slip = { kind: "value"; attribute: string; chars: string[] } | { kind: "gap"; before: string; after: string; slash: boolean } | { kind: "close" };

/** The characters of a value without quotes that make Markdown refuse the tag: `"`, `'`, `=`, `<`, a backtick, or else a `/` after its first character (remark ends the value there), unless it ends the tag (`<img src=x/>`). */
function refusedIn(value: string, endsTag: boolean): string[] {
  const chars = [...new Set([...value].filter((char) => REFUSED.has(char)))];
  if (chars.length > 0) return chars;
  const slash = value.indexOf("/", 1);
  return slash === -1 || (endsTag && slash === value.length - 1) ? [] : ["/"];
}

/** What in `tag` keeps Markdown from reading it, in the order typed; none for a tag Markdown reads. */
export function slips(tag: TypedTag): Slip[] {
  const found: Slip[] = [];
  let before = `<${tag.name}`;
  tag.attributes.forEach((attribute, index) => {
    const { gap, value } = attribute;
    if (gap === "" || gap.includes("/")) found.push({ kind: "gap", before, after: attribute.name, slash: gap.includes("/") });
    const last = index === tag.attributes.length - 1 && tag.close === ">";
    const chars = value?.quote === "" ? refusedIn(value.text, last) : [];
    if (chars.length > 0) found.push({ kind: "value", attribute: attribute.name, chars });
    before = typedAttribute(attribute);
  });
  const closing = tag.close.slice(0, tag.close.endsWith("/>") ? -2 : -1);
  if (closing.includes("/")) found.push({ kind: "close" });
  return found;
}

/** What `isBoolean` found, by name in lowercase: a text of thousands of tags asks the HTML parser once a name. */
const BOOLEANS = new Map<string, boolean>();

/** Whether HTML gives `name` a meaning without a value (`checked`, `hidden`): hast reads it as `true`. */
function isBoolean(name: string): boolean {
  const key = name.toLowerCase();
  const known = BOOLEANS.get(key);
  if (known !== undefined) return known;
  const [element] = fromHtml(`<div ${key}>`, { fragment: true }).children;
  // Stryker disable next-line ConditionalExpression: a `<div>` with a name CommonMark allows is always read as an element
  const found = element?.type === "element" && Object.values(element.properties).includes(true);
  BOOLEANS.set(key, found);
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
      if (next.value !== undefined || next.gap === "" || next.gap.includes("/")) break;
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
 * between attributes where there was none or a `/`.
 */
export function tagToWrite(tag: TypedTag): string {
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
    parts.push(value.quote === "" ? `${gap}${attribute.name}${attribute.equals}"${text.replaceAll('"', "&quot;")}"` : `${gap}${typedAttribute(attribute)}`);
  }
  // `<br / >` is written `<br />`.
  const close = tag.close.slice(0, tag.close.endsWith("/>") ? -2 : -1).includes("/") ? " />" : tag.close;
  return `<${tag.name}${parts.join("")}${close}`;
}
