import type { Metadata } from "next";
import { getTags } from "@/lib/articles";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({ title: "Tags", description: "Every subject the journal has written about, with the number of articles on each.", path: "/tags" });

export default async function TagsPage() {
  const tags = await getTags();
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-4xl sm:text-5xl">Tags</h1>
      <p className="mt-3 text-lg text-muted">Every subject we have written about.</p>
      <ul className="mt-10 grid gap-x-8 sm:grid-cols-2">
        {tags.map((tag) => (
          <li key={tag.slug} className="border-t border-rule">
            <a href={`/tags/${tag.slug}`} className="flex items-baseline justify-between gap-4 py-3 hover:text-accent">
              <span className="font-display text-2xl">{tag.name}</span>
              <span className="label-caps text-muted">
                {tag.count} {tag.count === 1 ? "article" : "articles"}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
