import type { Metadata } from "next";
import { ResponsiveImage } from "@/components/responsive-image";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { ContentProblems } from "@/components/content-problems";
import { JsonLd } from "@/components/json-ld";
import { Pagination } from "@/components/pagination";
import { getArticlesByAuthor } from "@/lib/articles";
import { getAuthor, getAuthorBioHtml, getAuthors } from "@/lib/authors";
import { getPhotos } from "@/lib/photos";
import { AVATAR_WIDTH } from "@/lib/images/variants";
import { firstPage, pageCount, pagePath } from "@/lib/pagination";
import { getBrokenIds, getPageProblems } from "@/lib/preview";
import { authorJsonLd } from "@/lib/seo/json-ld";
import { authorMetadata, paginationMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  // The preview also has a page for each author file with errors, showing them.
  const ids = [...(await getAuthors()).map((author) => author.id), ...(await getBrokenIds("authors"))];
  return ids.map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).id);
  if (!author) return {};
  const total = pageCount((await getArticlesByAuthor(author.id)).length);
  return { ...authorMetadata(author), ...paginationMetadata(1, total, (n) => pagePath(`/authors/${author.id}`, n)) };
}

export default async function AuthorPage({ params }: Props) {
  const { id } = await params;
  const [author, problems] = await Promise.all([getAuthor(id), getPageProblems("authors", id)]);
  if (!author) {
    if (problems) return <div className="mx-auto max-w-measure"><ContentProblems {...problems} broken /></div>;
    notFound();
  }
  const [articles, bioHtml, photos] = await Promise.all([getArticlesByAuthor(author.id), getAuthorBioHtml(author), getPhotos([author.avatar?.src])]);
  const avatar = author.avatar && photos.get(author.avatar.src);
  const page = firstPage(articles);

  return (
    <div className="mx-auto max-w-measure">
      {problems && (
        <div className="mb-10">
          <ContentProblems {...problems} />
        </div>
      )}
      <JsonLd data={authorJsonLd(author, photos)} />
      <header className="flex flex-col gap-6 sm:flex-row sm:items-center">
        {author.avatar && avatar && <ResponsiveImage photo={avatar} alt={author.avatar.alt} kind="avatar" sizes={`${AVATAR_WIDTH}px`} priority className="h-32 w-32 rounded-full object-cover" />}
        <div className="grid gap-2">
          <h1 className="text-4xl sm:text-5xl">{author.name}</h1>
          {author.role && <p className="label-caps text-muted">{author.role}</p>}
          {author.guest && <p className="label-caps text-accent">Guest author</p>}
        </div>
      </header>
      <div className="prose prose-journal mt-6 max-w-none" dangerouslySetInnerHTML={{ __html: bioHtml }} />
      {author.website && (
        <p className="mt-4">
          <a href={author.website} rel="noopener me" className="text-accent underline">
            {new URL(author.website).host}
          </a>
        </p>
      )}
      <h2 className="mt-12 text-3xl">Articles by {author.name}</h2>
      <ArticleList articles={page.items} headingLevel={3} />
      <Pagination page={1} totalPages={page.totalPages} basePath={`/authors/${author.id}`} />
    </div>
  );
}
