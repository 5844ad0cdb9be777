/**
 * The picture descriptions the messages give as examples. Pasted as they are, they would tell a
 * reader who cannot see the picture about someone else's, so the checks refuse them
 * (lib/checks/images.ts); so is the example note of a footnote (below).
 */
export const EXAMPLE_DESCRIPTION = {
  /** For a picture in the text or a cover whose description tells nothing. */
  piece: "A silver ring set with a blue topaz",
  /** For a cover whose group has no `alt:` line. */
  field: "A silver ring with a pale blue topaz",
  /** For a portrait whose description is missing or tells nothing: a portrait shows a person, not a piece. */
  portrait: "The jeweler at the bench holding a ring up to the light",
  /** In the one-line group written back for a cover or a portrait given as a path alone. */
  group: "What the picture shows",
  /** What `npm run new` writes in a new article's picture. */
  scaffold: "What the picture shows, for someone who cannot see it",
} as const;

/**
 * `What the picture shows.` → `what the picture shows`: capitals, spaces and a final stop do not
 * make it the author's own (every description it is given is trimmed already, by the schema or as
 * the page reads it).
 */
const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, " ").replace(/[\s.]+$/, "");

const EXAMPLES = new Set(Object.values(EXAMPLE_DESCRIPTION).map(normalized));

/** Whether `alt` is one of the messages' examples, whatever its capitals and spaces. */
export function isExampleDescription(alt: string): boolean {
  return EXAMPLES.has(normalized(alt));
}

/** The note the messages give as an example for a footnote's mark with no note (lib/checks/footnotes.ts), refused there when pasted. */
export const EXAMPLE_NOTE = "The source, or your remark.";

/** Whether a footnote's note is the messages' example, whatever its capitals and spaces. */
export function isExampleNote(note: string): boolean {
  return normalized(note) === normalized(EXAMPLE_NOTE);
}
