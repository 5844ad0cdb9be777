import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { lineAt } from "../content/frontmatter";
import type { ContentIssue } from "../content/issues";
import { fieldLine } from "../content/lines-to-write";
import { quote } from "../content/printable";
import type { Collection } from "../content/types";
import { advisedArticles } from "./writing";

/** Markdown's marks: `**New**`, `__New__`, `*New*`, `` `New` ``, `[words](address)`; the words inside are what was meant. */
const MARKDOWN = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])|`([^`\n]+)`|\[([^\]\n]+)\]\([^)\s]*\)/g;
/** An HTML entity (`&amp;`, `&#39;`) or tag (`<b>`, `</em>`). */
const HTML = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/** The first Markdown mark or piece of HTML in `value`, and `value` as plain text, or undefined when it is plain. */
function markup(value: string): { shown: string; plain: string } | undefined {
  const mark = new RegExp(MARKDOWN.source).exec(value)?.[0] ?? HTML.exec(value)?.[0];
  if (mark === undefined) return undefined;
  // Stryker disable next-line StringLiteral: each of the pattern's four kinds of mark has a group of its own that takes part in its match, so the last fallback never runs
  const words = value.replace(MARKDOWN, (_, _pair: unknown, paired?: string, single?: string, code?: string, link?: string) => paired ?? single ?? code ?? link ?? "");
  // The words meant are the HTML as the page's body reads it, where the field stands (entities become characters, tags leave their words): read alone, as a fragment, it is a `<template>`'s content, which drops the words after a `<col>`.
  const plain = HTML.test(words) ? toString(fromHtml(`<body>${words}`)) : words;
  return { shown: mark, plain: plain.trim() };
}

/**
 * `title: "**New** rings"` or `description: "Rings &amp; chains"`: the page shows a field exactly
 * as typed, asterisks and entities included. A warning with the line to write in plain text (the
 * hostile corpus puts HTML in its titles on purpose, to prove the page keeps it inert, and must build).
 */
export function checkFieldMarkup(collection: Collection): ContentIssue[] {
  return advisedArticles(collection).flatMap((article) =>
    (["title", "description"] as const).flatMap((field): ContentIssue[] => {
      const value = article[field];
      // Stryker disable next-line ConditionalExpression: only a broken file lacks the field, and markup() finds no mark in a missing one either (read as the text "undefined"); the test is for the type checker
      const found = value === undefined ? undefined : markup(value);
      if (found === undefined) return [];
      const fix = found.plain === "" ? "without its marks it holds no words: write the words readers should see" : `write ${quote(fieldLine(field, found.plain))}`;
      const message = `\`${field}\` is shown exactly as typed, so readers would see ${quote(found.shown)} as it stands: fields take plain text, not Markdown or HTML; ${fix}`;
      return [{ file: article.file, line: lineAt(article.lines, field), severity: "warning", message }];
    }),
  );
}
