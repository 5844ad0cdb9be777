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

/**
 * The `<input>` an author wrote on the line as a form field (`type="email"`, a Subscribe button),
 * when none there is a checkbox: words beside it would not help, since the page shows it as a checkbox.
 */
function fieldOn(page: CheckedPage, line: number): string | undefined {
  const types = page.references.htmlElements
    .filter((element) => element.tagName === "input" && element.line === line)
    .map(({ properties }) => (typeof properties.type === "string" ? properties.type.toLowerCase() : undefined));
  if (types.length === 0 || types.includes("checkbox")) return undefined;
  const [type] = types;
  return type === undefined ? "<input>" : `<input type="${type}">`;
}

function fieldMessage(field: string): string {
  return `${quote(field)} is shown on the page as a checkbox that cannot be ticked, with no name: the journal shows no form fields written as HTML, so readers could not fill it in; remove it, or link to the page where they can`;
}

/**
 * A checkbox the page would show without a name (`<input type="checkbox">` with a blank line
 * between it and its words, or `- [ ]` before a picture alone): an error on its line, asked of
 * the page's own pipeline (lib/content/unnamed-checkboxes.ts) so the check and the page agree.
 */
export async function checkCheckboxNames(pages: readonly CheckedPage[], renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const suspects = pages.filter((page) => MAY_HOLD_CHECKBOX.test(page.body.text));
  if (suspects.length === 0) return [];
  const { unnamedCheckboxes } = await renderers();
  const found = await Promise.all(
    suspects.map(async (page) =>
      (await unnamedCheckboxes(page.body.text, { bio: isBio(page) })).map(
        ({ line, html }): ContentIssue => {
          const at = page.body.line + line - 1;
          const field = html ? fieldOn(page, at) : undefined;
          return { file: page.file, line: at, severity: "error", message: field === undefined ? message(html) : fieldMessage(field) };
        },
      ),
    ),
  );
  return found.flat();
}
