import type { Metadata } from "next";
import { ResponsiveImage } from "@/components/responsive-image";
import { getArticlesByAuthor } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { getPhoto } from "@/lib/photos";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({ title: "Authors", description: "The studio and the guest makers who write for the journal.", path: "/authors" });

export default async function AuthorsPage() {
  const authors = await getAuthors();
  const counts = await Promise.all(authors.map(async (author) => (await getArticlesByAuthor(author.id)).length));
  const avatars = await Promise.all(authors.map((author) => author.avatar && getPhoto(author.avatar.src)));
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-4xl sm:text-5xl">Authors</h1>
      <p className="mt-3 text-lg text-muted">The studio, and the makers we invite to write.</p>
      <ul className="mt-10 grid gap-8">
        {authors.map((author, index) => (
          <li key={author.id} className="flex items-center gap-5 border-t border-rule pt-6">
            {author.avatar && avatars[index] ? (
              <ResponsiveImage photo={avatars[index]} alt={author.avatar.alt} kind="avatar" sizes="80px" className="h-20 w-20 shrink-0 rounded-full object-cover" />
            ) : (
              <span aria-hidden="true" className="flex h-20 w-20 shrink-0 items-center justify-center rounded-full bg-paper-raised font-display text-3xl text-accent">
                {author.name.charAt(0)}
              </span>
            )}
            <div className="grid gap-1">
              <h2 className="text-2xl">
                <a href={`/authors/${author.id}`} className="hover:text-accent hover:underline">
                  {author.name}
                </a>
              </h2>
              <p className="label-caps flex flex-wrap gap-x-2 text-muted">
                {author.guest && <span className="text-accent">Guest author</span>}
                {author.role && <span>{author.role}</span>}
                <span>
                  {counts[index]} {counts[index] === 1 ? "article" : "articles"}
                </span>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
