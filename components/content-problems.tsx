import type { ContentIssue } from "@/lib/content/issues";
import { printable } from "@/lib/content/printable";

/** A message with its `quoted` parts set as code, as the terminal shows them between backticks. */
function Message({ text }: { text: string }) {
  const parts = printable(text).split("`");
  // An odd part count means the backticks pair up; otherwise show the text as it is.
  if (parts.length % 2 === 0) return <>{printable(text)}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/**
 * Only in the preview (`npm run dev`): what is wrong with one content file, line by line, with the
 * fix, in the site's own design. `broken` files have no page to show under it.
 */
export function ContentProblems({ file, issues, broken }: { file: string; issues: readonly ContentIssue[]; broken: boolean }) {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const Heading = broken ? "h1" : "h2";
  const title = broken ? `${file} cannot be shown yet` : errors > 0 ? `${file} has ${errors === 1 ? "a mistake" : `${errors} mistakes`} to fix` : `Advice for ${file}`;
  return (
    <section aria-label="Mistakes to fix" data-content-problems={file} className="grid gap-4 rounded-sm border-2 border-accent bg-paper-raised p-5">
      <Heading className={broken ? "text-3xl" : "text-2xl"}>
        {printable(title)}
      </Heading>
      <p className="text-muted">
        Only you see this, in the preview. Fix each line below in your editor and save: this page refreshes by itself.
        {errors > 0 && " The site cannot be built until every mistake is fixed."}
      </p>
      <ol className="grid gap-3">
        {issues.map((issue, i) => (
          <li key={i} className="grid gap-1">
            <span className="label-caps text-accent">
              {issue.severity === "error" ? "Mistake" : "Advice"}
              {issue.line !== undefined && ` · line ${issue.line}`}
            </span>
            <span>
              <Message text={issue.message} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Only in the preview: on the home page, the files with mistakes, each linked to its page. */
export function ProblemsBanner({ files }: { files: readonly { file: string; href?: string; errors: number }[] }) {
  if (files.length === 0) return null;
  return (
    <section aria-label="Files with mistakes" data-problems-banner className="mb-10 grid gap-3 rounded-sm border-2 border-accent bg-paper-raised p-5">
      <h2 className="text-2xl">
        {files.length === 1 ? "One file has mistakes" : `${files.length} files have mistakes`}
      </h2>
      <p className="text-muted">Only you see this, in the preview. The site cannot be built until they are fixed; open each file&apos;s page to see what to change.</p>
      <ul className="grid gap-1">
        {files.map(({ file, href, errors }) => (
          <li key={file}>
            {href ? (
              <a href={href} className="underline">
                {printable(file)}
              </a>
            ) : (
              printable(file)
            )}{" "}
            <span className="text-muted">
              ({errors} {errors === 1 ? "mistake" : "mistakes"})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
