import type { ArticleStatus } from "@/lib/content/types";

const labels: Record<Exclude<ArticleStatus, "published">, string> = {
  draft: "Draft — not published",
  scheduled: "Scheduled — not yet published",
};

/** Shown only in `next dev`, where drafts and scheduled articles are listed too. */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  if (status === "published") return null;
  return (
    <span className="label-caps inline-block rounded-sm border border-accent px-2 py-0.5 text-accent" data-status={status}>
      {labels[status]}
    </span>
  );
}
