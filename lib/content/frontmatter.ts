import matter from "gray-matter";
import { JSON_SCHEMA, load, YAMLException } from "js-yaml";

export type SplitFile = {
  data: Record<string, unknown>;
  body: string;
  /** The frontmatter lines as written, for finding the line of a field. */
  frontmatterLines: string[];
};

export type SplitError = { field: string; message: string; line?: number };

// The JSON schema keeps `2025-11-29` a string (YAML 1.1 would make it a Date in the server's
// time zone, and accept 2025-13-45); dates are validated by the content schema instead.
const yamlEngine = { parse: (source: string) => load(source, { schema: JSON_SCHEMA }) as object };

/** Normalises what editors may save: a UTF-8 byte-order mark and Windows line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Splits a Markdown file into its YAML frontmatter and body, or explains why it cannot. */
export function splitFrontmatter(raw: string): SplitFile | SplitError {
  const text = normaliseText(raw);
  if (text.trim() === "") {
    return { field: "frontmatter", message: "the file is empty; start it with a frontmatter block between two `---` lines" };
  }
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") {
    return { field: "frontmatter", line: 1, message: "the file must start with a line `---`, then the fields (title, date …), then another `---`" };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (close === -1) {
    return { field: "frontmatter", line: 1, message: "the frontmatter block opened by `---` on line 1 is never closed; add a line `---` after the last field" };
  }
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine } });
    const data: unknown = parsed.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { field: "frontmatter", line: 2, message: "the frontmatter must be a list of `field: value` lines" };
    }
    return { data: data as Record<string, unknown>, body: parsed.content, frontmatterLines: lines.slice(1, close) };
  } catch (error) {
    if (error instanceof YAMLException) {
      // gray-matter hands the parser everything after the opening `---`, newline included, so the
      // mark's 0-based line 0 is the fence itself: line 1 of the file.
      const line = error.mark ? error.mark.line + 1 : undefined;
      return { field: "frontmatter", line, message: `the YAML is malformed (${error.reason}); check quotes, colons and indentation. Values containing ": " need quotes` };
    }
    throw error;
  }
}

/** The 1-based file line where a top-level field is written, if it is. */
export function lineOfField(frontmatterLines: readonly string[], field: string): number | undefined {
  const index = frontmatterLines.findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 2;
}

/** The file line of `value` inside a list field (`tags: [a, b]` or one `- a` per line). */
export function lineOfListItem(frontmatterLines: readonly string[], field: string, value: string): number | undefined {
  const start = frontmatterLines.findIndex((line) => line.startsWith(`${field}:`));
  if (start === -1) return undefined;
  for (let index = start; index < frontmatterLines.length; index += 1) {
    const line = frontmatterLines[index] ?? "";
    // The list ends at the next top-level field.
    if (index > start && !/^\s|^-/.test(line)) break;
    const item = line.replace(/^\s*-\s*/, "").trim().replace(/^(["'])(.*)\1$/, "$2");
    if (index === start ? line.includes(value) : item === value) return index + 2;
  }
  return start + 2;
}
