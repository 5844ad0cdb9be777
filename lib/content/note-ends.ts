/*
 * Where a browser ends a note to oneself, `<!-- … -->`: at its first `-->`, or at `--!>`, which
 * HTML's parser also takes for the end; `<!-->` and `<!--->` are closed at once. Markdown ends a
 * note only at `-->`, so the pipeline and the checks, which read HTML as the page does, ask here.
 */

/** A note from its `<!--` to where a browser ends it, with `--!>` as its second group when that ends it. */
const NOTE = /<!--(?:-?>|[\s\S]*?(--!?>))/y;

/** Where the note opened by the `<!--` at `open` in `text` ends, and with which mark; undefined when it is never closed. */
export function noteEnd(text: string, open: number): { at: number; mark: "-->" | "--!>" } | undefined {
  NOTE.lastIndex = open;
  const found = NOTE.exec(text);
  if (found === null) return undefined;
  const end = open + found[0].length;
  return found[1] === "--!>" ? { at: end - 4, mark: "--!>" } : { at: end - 3, mark: "-->" };
}

/** `text` without the notes a browser closes, so an empty page is seen for what it is. */
export function withoutNotes(text: string): string {
  return text.replace(new RegExp(NOTE.source, "g"), "");
}
