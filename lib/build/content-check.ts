import { checkContent } from "../checks/check-collection";
import { contentDir, contentSignature, publicDir } from "../content/collection";
import { errorSummary, reportLines } from "../content/issues";

/*
 * Set by the process that checked the content; Next.js's build workers inherit the environment
 * and load next.config.ts again, so they skip a check already made (and printed) for these files.
 */
const CHECKED = "JOURNAL_CONTENT_CHECKED";

/**
 * The build's first step, before Next.js compiles anything (next.config.ts): every error that
 * `check:content` reports stops the build here, with the same report printed once. Warnings are
 * `check:content`'s to show; they never stop a build.
 */
export async function checkContentBeforeBuild(): Promise<void> {
  const dir = contentDir();
  const signature = `${dir}#${contentSignature(dir)}`;
  if (process.env[CHECKED] === signature) return;
  const { issues } = await checkContent({ contentDir: dir, publicDir: publicDir(), now: new Date(), includeUnpublished: false, dev: false });
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    const report = [
      "",
      "The site was not built: the content has errors. Fix them and build again (`npm run check:content` shows this report, with advice).",
      "",
      ...reportLines(errors),
      "",
      `The build stopped on ${errorSummary(errors)}.`,
    ];
    console.error(report.join("\n"));
    // Next.js would print its own framing and a stack trace after a thrown error; the report is the whole story.
    process.exit(1);
  }
  process.env[CHECKED] = signature;
}
