import { checkContent } from "../checks/check-collection";
import { contentDir, contentSignature, publicDir } from "../content/collection";
import { errorSummary, reportLines } from "../content/issues";
import { renderers } from "../checks/renderers";

/*
 * Set by the process that checked the content; Next.js's build workers inherit the environment
 * and load next.config.ts again, so they skip a check already made (and printed) for these files.
 */
const CHECKED = "JOURNAL_CONTENT_CHECKED";

/**
 * What the build says about the content: nothing when it has no error, else the report of every
 * error, as `check:content` prints them, ending with how many and in which files. Warnings are
 * `check:content`'s to show; they never stop a build.
 */
export async function contentVerdict(): Promise<{ ok: true } | { ok: false; report: string }> {
  // Loaded with next.config.ts: a module imported later would not be found (check-collection.ts).
  const loaded = async () => renderers;
  const { issues } = await checkContent({ contentDir: contentDir(), publicDir: publicDir(), now: new Date(), includeUnpublished: false, dev: false, renderers: loaded });
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length === 0) return { ok: true };
  const report = [
    "The site was not built: the content has mistakes. Fix them and build again (`npm run check:content` shows this report, with advice).",
    "",
    ...reportLines(errors),
    "",
    `The build stopped on ${errorSummary(errors)}.`,
  ];
  return { ok: false, report: report.join("\n") };
}

/**
 * The build's first step, before Next.js compiles anything (next.config.ts): every error that
 * `check:content` reports stops the build here, with the same report, printed once.
 */
export async function checkContentBeforeBuild(): Promise<void> {
  const signature = `${contentDir()}#${contentSignature(contentDir())}`;
  if (process.env[CHECKED] === signature) return;
  const verdict = await contentVerdict();
  if (!verdict.ok) {
    console.error(`\n${verdict.report}`);
    // Next.js would add its own framing and a stack trace to a thrown error; the report says it all.
    process.exit(1);
  }
  process.env[CHECKED] = signature;
}
