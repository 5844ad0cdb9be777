/**
 * `npm run new:author -- "Ada Stone" [--role "Goldsmith, Stone & Co"] [--website URL] [--guest]`:
 * starts an author page in content/authors/, ready for a bio and a portrait.
 */
import path from "node:path";
import { contentDir } from "@/lib/content/collection";
import { scaffoldAuthor } from "@/lib/authoring/scaffold";
import { createFile, previewUrl, readCommandLine, reportProblems, runCommand, shownPath } from "./cli";

const USAGE = 'npm run new:author -- "Full Name" [--role "Goldsmith, Studio Name"] [--website https://…] [--guest]';
const OPTION_OF_FIELD = { name: "name", role: "--role", website: "--website" };

runCommand(async () => {
  const args = readCommandLine(
    { allowPositionals: true, options: { role: { type: "string" }, website: { type: "string" }, guest: { type: "boolean", default: false } } },
    USAGE,
  );
  if (!args) return 1;
  const name = args.positionals.join(" ").trim();
  if (name === "") {
    console.error(`Give the author's name.\n\nUsage: ${USAGE}`);
    return 1;
  }
  const scaffold = scaffoldAuthor({ name, role: args.values.role, website: args.values.website, guest: args.values.guest });
  if (!scaffold.ok) return reportProblems(scaffold.problems, OPTION_OF_FIELD);

  const file = path.join(contentDir(), "authors", `${scaffold.slug}.md`);
  if (!(await createFile(file, scaffold.text))) {
    console.error(`${shownPath(file)} already exists, so nothing was written. Open it to change that author, or use another name.`);
    return 1;
  }
  console.log(
    [
      `Created ${shownPath(file)}.`,
      "",
      "Next:",
      "  1. Write a short bio in that file; add a portrait if you like (docs/authoring.md, \"Adding an author\").",
      `  2. Preview the page: run \`npm run dev\`, then open ${previewUrl(`/authors/${scaffold.slug}`)}`,
      `  3. Write an article: npm run new -- "Your title" --author ${scaffold.slug}`,
    ].join("\n"),
  );
  return 0;
});
