/**
 * `npm run check:content [-- --dev]`: everything the build would reject, plus what a build cannot
 * see (links, images, writing advice), in one report. Exit code 1 when there is any error.
 */
import path from "node:path";
import { checkCollection } from "@/lib/checks/check-collection";
import { contentDir, publicDir } from "@/lib/content/collection";
import { compareIssues, formatIssue } from "@/lib/content/issues";
import { loadCollection } from "@/lib/content/load";
import { readCommandLine, runCommand } from "./cli";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

runCommand(async () => {
  const args = readCommandLine({ options: { dev: { type: "boolean", default: false } } }, "npm run check:content [-- --dev]");
  if (!args) return 1;
  const dev = args.values.dev || process.env.NODE_ENV === "development";
  const collection = await loadCollection({ contentDir: contentDir(), publicDir: publicDir(), now: new Date(), includeUnpublished: false });
  const issues = [...collection.issues, ...(await checkCollection(collection, { publicDir: publicDir(), dev }))].sort(compareIssues);

  for (const issue of issues) console.log(`${issue.severity === "error" ? "error  " : "warning"} ${formatIssue(issue)}`);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  // Broken articles are not in the collection, but they are still articles the author wrote.
  const articleFiles = new Set([...collection.allArticles.map((article) => article.file), ...issues.map((issue) => issue.file)].filter((file) => path.posix.basename(path.posix.dirname(file)) === "articles"));
  if (issues.length > 0) console.log(`\ndocs/authoring.md ("What the messages mean") explains each kind of message.`);
  console.log(`${plural(articleFiles.size, "article")}, ${plural(collection.authors.size, "author")}: ${plural(errors, "error")}, ${plural(issues.length - errors, "warning")}`);
  return errors > 0 ? 1 : 0;
});
