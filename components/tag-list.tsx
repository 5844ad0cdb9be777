import Link from "next/link";
import { tagSlug } from "@/lib/tags";

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="label-caps flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={`/tags/${tagSlug(tag)}`} rel="tag" className="inline-block rounded-sm border border-rule px-2.5 py-1 hover:border-accent hover:text-accent">
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
