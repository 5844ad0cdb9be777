/**
 * `npm run new -- "Reading a Hallmark" [--author <id>] [--tags "a, b"] [--date YYYY-MM-DD]`:
 * starts a draft in content/articles/ with every field filled in, ready to write.
 */
import path from "node:path";
import { contentDir } from "@/lib/content/collection";
import { dayInTimeZone } from "@/lib/content/dates";
import { authorIds } from "@/lib/content/load";
import { parseTagList, scaffoldArticle } from "@/lib/authoring/scaffold";
import { site } from "@/lib/site";
import { createFile, previewUrl, readCommandLine, reportProblems, runCommand, shownPath } from "./cli";

const USAGE = 'npm run new -- "Title of the article" [--author <id>] [--tags "silver, metal care"] [--date YYYY-MM-DD]';
const OPTION_OF_FIELD = { title: "title", author: "--author", tags: "--tags", date: "--date" };

runCommand(async () => {
  const args = readCommandLine(
    { allowPositionals: true, options: { author: { type: "string" }, tags: { type: "string" }, date: { type: "string" } } },
    USAGE,
  );
  if (!args) return 1;
  // Forgotten quotes arrive as several words: they are still the title.
  const title = args.positionals.join(" ").trim();
  if (title === "") {
    console.error(`Give the article a title.\n\nUsage: ${USAGE}`);
    return 1;
  }
  const dir = contentDir();
  const scaffold = scaffoldArticle({
    title,
    author: args.values.author,
    knownAuthors: await authorIds(dir),
    tags: parseTagList(args.values.tags ?? ""),
    date: args.values.date ?? dayInTimeZone(Date.now(), site.timeZone),
  });
  if (!scaffold.ok) return reportProblems(scaffold.problems, OPTION_OF_FIELD);

  const file = path.join(dir, "articles", `${scaffold.slug}.md`);
  if (!(await createFile(file, scaffold.text))) {
    console.error(`${shownPath(file)} already exists, so nothing was written. Open it to carry on writing, or choose another title.`);
    return 1;
  }
  console.log(
    [
      `Created ${shownPath(file)} (a draft: only you can see it until you publish it).`,
      "",
      "Next:",
      "  1. Write your article in that file. docs/authoring.md shows how, step by step.",
      `  2. Preview it: run \`npm run dev\`, then open ${previewUrl(`/articles/${scaffold.slug}`)}`,
      "  3. Check it: npm run check:content",
      "  4. To publish it, change `draft: true` to `draft: false`, then commit.",
    ].join("\n"),
  );
  return 0;
});
