import { ResponsiveImage } from "@/components/responsive-image";
import type { Author } from "@/lib/content/types";
import type { Photo } from "@/lib/images/variants";

/** Closes an article: who wrote it, their bio, and for guests a way to find their own studio. */
export function AuthorCard({ author, avatar, bioHtml }: { author: Author; avatar?: Photo; bioHtml: string }) {
  return (
    <aside aria-labelledby="about-the-author" className="flex flex-col gap-5 rounded-sm bg-paper-raised p-6 sm:flex-row">
      {author.avatar && avatar && <ResponsiveImage photo={avatar} alt={author.avatar.alt} kind="avatar" sizes="96px" className="h-24 w-24 shrink-0 rounded-full object-cover" />}
      <div className="grid gap-2">
        <h2 id="about-the-author" className="text-2xl">
          {author.guest ? "About our guest, " : "About "}
          <a href={`/authors/${author.id}`} className="underline decoration-rule hover:decoration-accent">
            {author.name}
          </a>
        </h2>
        {author.role && <p className="label-caps text-muted">{author.role}</p>}
        <div className="prose prose-journal max-w-none" dangerouslySetInnerHTML={{ __html: bioHtml }} />
        {author.website && (
          <p>
            <a href={author.website} rel="noopener" className="text-accent underline">
              Visit {author.name}&rsquo;s website<span className="sr-only"> ({new URL(author.website).host})</span>
            </a>
          </p>
        )}
      </div>
    </aside>
  );
}
