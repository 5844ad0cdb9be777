/**
 * `npm run check:content`: validates everything under content/ the way the build does, in a
 * fraction of the time, and prints one report. Exit code 1 when there is any error.
 */
import { contentDir, publicDir } from "@/lib/content/collection";
import { formatIssue } from "@/lib/content/issues";
import { loadCollection } from "@/lib/content/load";

const collection = await loadCollection({ contentDir: contentDir(), publicDir: publicDir(), now: new Date(), includeUnpublished: false });
const errors = collection.issues.filter((issue) => issue.severity === "error");
const warnings = collection.issues.filter((issue) => issue.severity === "warning");

for (const issue of collection.issues) {
  console.log(`${issue.severity === "error" ? "error  " : "warning"} ${formatIssue(issue)}`);
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
console.log(
  `${plural(collection.allArticles.length, "article")}, ${plural(collection.authors.size, "author")}: ${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
