import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { lineAt, type FieldLines } from "../content/frontmatter";
import type { ContentIssue } from "../content/issues";
import { fieldLine } from "../content/lines-to-write";
import { quote } from "../content/printable";
import type { Collection } from "../content/types";
import { advisedArticles } from "./writing";

/** Markdown's marks: `**New**`, `__New__`, `*New*`, `` `New` ``, `[words](address)`; the words inside are what was meant. */
const MARKDOWN = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])|`([^`\n]+)`|\[([^\]\n]+)\]\([^)\s]*\)/g;
/** An HTML entity (`&amp;`, `&#39;`), tag (`<b>`, `</em>`) or comment (`<!-- x -->`). */
const HTML = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/i;

/** The first Markdown mark or piece of HTML in `value`, and `value` as plain text, or undefined when it is plain. */
function markup(value: string): { shown: string; plain: string } | undefined {
  const mark = new RegExp(MARKDOWN.source).exec(value)?.[0] ?? HTML.exec(value)?.[0];
  if (mark === undefined) return undefined;
  // Stryker disable next-line StringLiteral: each of the pattern's four kinds of mark has a group of its own that takes part in its match, so the last fallback never runs
  const words = value.replace(MARKDOWN, (_, _pair: unknown, paired?: string, single?: string, code?: string, link?: string) => paired ?? single ?? code ?? link ?? "");
  // The words meant are the HTML as the page's body reads it, where the field stands (entities become characters, tags leave their words): read alone, as a fragment, it is a `<template>`'s content, which drops the words after a `<col>`.
  const plain = HTML.test(words) ? toString(fromHtml(`<body>${words}`)) : words;
  // A mark taken from between two words leaves their two spaces: the line to write has one.
  return { shown: mark, plain: plain.replace(/ {2,}/g, " ").trim() };
}

/** A file whose `title` and `description` the page shows, with plain ones to offer when the marks hide no words. */
type Fields = { file: string; title?: string; description?: string; lines: FieldLines; examples: Record<"title" | "description", string> };

const ARTICLE_EXAMPLES = { title: "How to Care for Silver", description: "One or two sentences that tell a reader what they will learn." };
const PAGE_EXAMPLES = { title: "About the studio", description: "Who we are and how we work." };

/**
 * `title: "**New** rings"` or `description: "Rings &amp; chains"`: the page shows a field exactly
 * as typed (React writes it as text, in the page, its `<title>`, the feeds and the social card), so
 * `<b></b>` shows as those seven characters, never as an empty title. A warning with the line to
 * write in plain text (the hostile corpus puts HTML in its titles on purpose, to prove the page
 * keeps it inert, and must build); for marks around no words, an example line.
 */
export function checkFieldMarkup(collection: Collection): ContentIssue[] {
  const files: Fields[] = [
    ...advisedArticles(collection).map((article) => ({ ...article, examples: ARTICLE_EXAMPLES })),
    ...collection.pages.map((page) => ({ ...page, examples: PAGE_EXAMPLES })),
  ];
  return files.flatMap((file) =>
    (["title", "description"] as const).flatMap((field): ContentIssue[] => {
      const value = file[field];
      // Stryker disable next-line ConditionalExpression: only a broken file lacks the field, and markup() finds no mark in a missing one either (read as the text "undefined"); the test is for the type checker
      if (value === undefined) return [];
      const found = markup(value);
      if (found === undefined) return [];
      // Marks around no words are quoted whole: `<b></b>`, not `<b>`.
      const shown = found.plain === "" ? `${quote(value)} and no words` : `${quote(found.shown)} as it stands`;
      const fix = found.plain === "" ? `write the words readers should see, like ${quote(fieldLine(field, file.examples[field]))}` : `write ${quote(fieldLine(field, found.plain))}`;
      const message = `\`${field}\` is shown exactly as typed, so readers would see ${shown}: fields take plain text, not Markdown or HTML; ${fix}`;
      return [{ file: file.file, line: lineAt(file.lines, field), severity: "warning", message }];
    }),
  );
}
