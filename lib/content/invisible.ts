/*
 * Characters that look like a space, or like nothing at all: pasted from a word processor or a web
 * page, or typed with Option+Space on a Mac. Between a field's name and its value, or inside the
 * name, the fields cannot be read; in a message they are written as `\u{a0}`, so the author sees
 * what the file holds.
 */

/** Looks like an ordinary space, and is not one. */
export const SPACE_LIKE = "\u00a0\u2000-\u200a\u202f\u205f\u3000";
/** Shows nothing at all. */
const ZERO_WIDTH = "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff";

export const INVISIBLE = new RegExp(`[${SPACE_LIKE}${ZERO_WIDTH}]`, "u");
const ALL_INVISIBLE = new RegExp(INVISIBLE.source, "gu");
const BLANKS = new RegExp(`^[\\s${SPACE_LIKE}${ZERO_WIDTH}]*`, "u");

const NAMES: Record<string, string> = {
  "\u00a0": "a non-breaking space",
  "\u202f": "a narrow non-breaking space",
  "\u200b": "a zero-width space",
  "\ufeff": "a zero-width no-break space",
  "\u00ad": "a soft hyphen",
};

const SPACE = new RegExp(`[${SPACE_LIKE}]`, "u");

/** What to call the character in a message: "a non-breaking space", which "looks like a space but is not one". */
export function invisibleName(char: string): { name: string; looks: string } {
  const spaceLike = SPACE.test(char);
  return { name: NAMES[char] ?? (spaceLike ? "a space of another kind" : "an invisible character"), looks: spaceLike ? "looks like a space but is not one" : "cannot be seen" };
}

/**
 * `title:\u{a0}Ring settings` or `\u{200b}title: Ring`: the invisible character in the line's field
 * name or right after its colon (`inName`), and the line to write instead (the name without it,
 * one ordinary space after the colon). Undefined for any other line, such as a value that holds one.
 */
export function invisibleInField(line: string): { char: string; inName: boolean; write: string } | undefined {
  const head = /^([^:]*):(.?)/u.exec(line);
  if (!head) return undefined;
  // Stryker disable next-line StringLiteral: both groups take part in every match, if only as ""
  const [, written = "", after = ""] = head;
  const inName = [...written].find((candidate) => INVISIBLE.test(candidate));
  const char = inName ?? (INVISIBLE.test(after) ? after : undefined);
  if (char === undefined) return undefined;
  const name = written.replace(ALL_INVISIBLE, "");
  // Only a line that is a field once cleaned: `  alt:`, `  - src:`, not a sentence with a colon in it.
  if (!/^ *(- )?[A-Za-z][\w-]*$/.test(name)) return undefined;
  const value = line.slice(written.length + 1).replace(BLANKS, "");
  return { char, inName: inName !== undefined, write: value === "" ? `${name}:` : `${name}: ${value}` };
}
