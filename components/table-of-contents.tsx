import { CONTENTS_MIN_HEADINGS, type Heading } from "@/lib/content/rehype-collect-headings";

/** Shown for articles with three or more headings; h3s nest under their h2. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  if (headings.length < CONTENTS_MIN_HEADINGS) return null;
  return (
    <nav aria-labelledby="toc-heading" className="rounded-sm border-l-2 border-accent bg-paper-raised px-5 py-4" data-print="hide">
      <h2 id="toc-heading" className="label-caps mb-2 font-body text-muted">
        In this article
      </h2>
      <ol className="grid gap-1.5">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-5 text-[0.95em]" : undefined}>
            <a href={`#${heading.id}`} className="underline decoration-rule underline-offset-4 hover:text-accent hover:decoration-accent">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
