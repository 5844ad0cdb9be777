import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { Renderers } from "./renderers";

/**
 * A checkbox written in HTML, or a task list's `[ ]` / `[x]`: only a body holding one is rendered.
 * The page's Markdown takes a tab or a line break between the brackets as it takes a space (`\s`
 * holds all three; the rest of it only costs a render).
 */
const MAY_HOLD_CHECKBOX = /<input|\[[\sx]\]/i;

function message(html: boolean): string {
  const example = html ? '<input type="checkbox"> Polished' : "- [ ] Polished";
  return `this checkbox has no words on its lines, so a screen reader would announce only "checkbox", never what it stands for; put the words it stands for on the same line, after it (${quote(example)}), or on the line right under it`;
}

/** A form field written in HTML, which the page shows as a checkbox, with its words or without. */
function fieldMessage(field: string, named: boolean): string {
  return `${quote(field)} is shown on the page as a checkbox that cannot be ticked, ${named ? "next to its words" : "with no name"}: the journal shows no form fields written as HTML, so readers could not fill it in; remove it, or link to the page where they can`;
}

/**
 * A checkbox the page would show without a name (`<input type="checkbox">` with a blank line
 * between it and its words, or `- [ ]` before a picture alone), and a form field written in HTML
 * (`<input type="email"> Your email`), which the page shows as a checkbox: an error on its line,
 * asked of the page's own pipeline (lib/content/page-checkboxes.ts) so the check and the page agree.
 */
export async function checkCheckboxNames(pages: readonly CheckedPage[], renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const suspects = pages.filter((page) => MAY_HOLD_CHECKBOX.test(page.body.text));
  if (suspects.length === 0) return [];
  const { pageCheckboxes, pageTree } = await renderers();
  const found = await Promise.all(
    suspects.map(async (page) =>
      pageCheckboxes(await pageTree(page.body.text, { bio: isBio(page) })).flatMap(({ line, name, html, field }): ContentIssue[] => {
        const issue = (text: string): ContentIssue[] => [{ file: page.file, line: page.body.line + line - 1, severity: "error", message: text }];
        if (field !== undefined) return issue(fieldMessage(field, name !== ""));
        return name === "" ? issue(message(html)) : [];
      }),
    ),
  );
  return found.flat();
}
