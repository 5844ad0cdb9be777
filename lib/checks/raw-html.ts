import { htmlTagNames } from "html-tag-names";
import { mathmlTagNames } from "mathml-tag-names";
import { svgTagNames } from "svg-tag-names";
import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { schema } from "../content/sanitize-schema";
import { OFFICE_NAME, officeTagProblem } from "./office-tags";
import { isBio, type CheckedPage } from "./pages";
import type { HtmlElement } from "./references";

/** Elements the page leaves out with everything they would show: players, frames, scripts, styles, forms' controls. */
const NOT_SHOWN = new Set([
  "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe", "video", "audio", "source", "track", "canvas", "svg",
  "script", "noscript", "style", "template", "link", "meta", "base", "textarea", "select", "button", "dialog", "map", "area", "param",
]);
/** A form's own elements, which the page leaves out while it shows the words inside them. */
const FORM_PARTS = new Set(["form", "fieldset", "legend", "label", "output", "datalist", "optgroup", "option"]);
const KEPT: ReadonlySet<string> = new Set(schema.tagNames);
/** Every name HTML, SVG and MathML give an element: what is none of them is words in brackets, not markup. */
const KNOWN_TAGS: ReadonlySet<string> = new Set([...htmlTagNames, ...svgTagNames, ...mathmlTagNames].map((name) => name.toLowerCase()));

/** The link to write instead of a player or a frame that shows a page of another website. */
function linkInstead(element: HtmlElement): string | undefined {
  const { src, data } = element.properties;
  const address = typeof src === "string" ? src : data;
  // Stryker disable next-line ConditionalExpression: for the types: `test` reads a value that is not text as its text (`undefined`), which starts with no https.
  if (typeof address !== "string") return undefined;
  if (!/^https:\/\//i.test(address)) return undefined;
  try {
    return `[See it on ${new URL(address).host}](${address})`;
  } catch /* Stryker disable next-line BlockStatement: the function returns undefined without it too. */ {
    return undefined;
  }
}

/**
 * `<your initials>`: angle brackets around words, not an element HTML knows. The page drops it
 * with its words, which are its name and "attributes": advice about emphasis would not help. An
 * unknown element with an attribute's value (`<x-card onclick="…">`) is markup, not words.
 */
export function wordsInBrackets(element: HtmlElement): string | undefined {
  const { written } = element;
  if (KNOWN_TAGS.has(element.tagName.toLowerCase()) || written.includes("=")) return undefined;
  return `${quote(written)} is read as an HTML tag, so the page leaves it out, words and all: readers see nothing where it stands; write in its place the words it stands for, or, to show it as typed, write ${quote(`\\${written}`)}`;
}

function problem(element: HtmlElement): string | undefined {
  const tag = quote(`<${element.tagName}>`);
  if (KEPT.has(element.tagName)) return undefined;
  // Word's own tags (`<o:p>`) stand for nothing: not words in brackets to show as typed.
  if (OFFICE_NAME.test(element.tagName)) return officeTagProblem(element.tagName, element.written);
  const words = wordsInBrackets(element);
  if (words !== undefined) return words;
  if (element.tagName === "picture") return `${tag} is left out of the page, which shows the \`<img>\` inside it on its own; remove \`<picture>\` and its \`<source>\` lines`;
  if (FORM_PARTS.has(element.tagName)) {
    return `${tag} is left out of the page, which shows the words inside it as plain text: the journal shows no forms written as HTML, so readers could not fill it in or send it; remove the form, or link to the page where they can`;
  }
  if (!NOT_SHOWN.has(element.tagName)) {
    return `${tag} is left out of the page, which shows the words inside it as plain text; for emphasis write \`*words*\` (italic) or \`**words**\` (bold), or remove the tag`;
  }
  const link = linkInstead(element);
  const instead = link === undefined ? "remove it" : `link to what it shows instead: write ${quote(link)}`;
  return `${tag} is not shown on the page: the journal shows no players, frames, scripts, styles or form controls written as HTML, so readers would find nothing there; ${instead}`;
}

/**
 * Elements written as HTML that the page's sanitizer drops (lib/content/sanitize-schema.ts): an
 * embedded video, a script, a form. An error, with what to write instead: the page would not show
 * what the author wrote. (The hostile corpus keeps only forms the check accepts; the refused ones
 * are in tests/fixtures/hostile-refused/, tested in tests/unit/hostile-refused.test.ts.) Bios, which
 * drop all HTML, are left out.
 */
export function checkRawHtml(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    if (isBio(page)) return [];
    return page.references.htmlElements.flatMap((element): ContentIssue[] => {
      const message = problem(element);
      return message === undefined ? [] : [{ file: page.file, line: element.line, severity: "error", message }];
    });
  });
}
