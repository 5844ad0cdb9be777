import { tagSlug } from "@/lib/tags";

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="label-caps flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <a href={`/tags/${tagSlug(tag)}`} rel="tag" className="inline-block rounded-sm border border-rule px-2.5 py-1 hover:border-accent hover:text-accent">
            {tag}
          </a>
        </li>
      ))}
    </ul>
  );
}
