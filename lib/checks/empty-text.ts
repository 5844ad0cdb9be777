import type { ContentIssue } from "../content/issues";
import { fileLines } from "./markdown-source";
import { withoutNotes } from "../content/note-ends";
import type { CheckedPage } from "./pages";

/** The article's text and where it starts, unless it is a draft, which nobody reads yet. */
function textOf(page: CheckedPage): { text: string; line: number } | undefined {
  if (page.kind === "article") return page.article.status === "draft" ? undefined : { text: page.article.body, line: page.article.source.bodyLine };
  return page.kind === "broken" && page.broken.kind === "article" && !page.broken.draft ? page.broken.body : undefined;
}

/**
 * An article with nothing under its fields, or only a note to oneself (`<!-- … -->`, ended where
 * a browser ends it, note-ends.ts), would publish an empty page: an error, unless it is a draft.
 * A note left open is open-notes.ts's, whose fix names its lines.
 */
export function checkEmptyText(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page): ContentIssue[] => {
    const body = textOf(page);
    if (body === undefined || withoutNotes(body.text).trim() !== "") return [];
    const blank = body.text.trim() === "";
    const notes = blank ? "" : " (only a note between `<!--` and `-->`, which readers never see)";
    const message = `the article has no text under its fields${notes}, so its page would be empty; write the article under the second \`---\` line, or add \`draft: true\` to the fields until it is ready`;
    // The `---` line that ends the fields, or the note's first line.
    const line = blank ? body.line - 1 : fileLines(body.text, body.line)(body.text.indexOf("<!--"));
    return [{ file: page.file, line, severity: "error", message }];
  });
}
