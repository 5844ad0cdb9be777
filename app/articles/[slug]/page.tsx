import type { Metadata } from "next";
import { ResponsiveImage } from "@/components/responsive-image";
import { notFound } from "next/navigation";
import { ArticleByline } from "@/components/article-byline";
import { ArticlePager } from "@/components/article-pager";
import { ContentProblems } from "@/components/content-problems";
import { AuthorCard } from "@/components/author-card";
import { RelatedArticles } from "@/components/related-articles";
import { JsonLd } from "@/components/json-ld";
import { StatusBadge } from "@/components/status-badge";
import { TableOfContents } from "@/components/table-of-contents";
import { TagList } from "@/components/tag-list";
import { getArticle, getArticles, getNeighbours, getRelated, getRenderedArticle } from "@/lib/articles";
import { getAuthor, getAuthorBioHtml } from "@/lib/authors";
import { COLUMN_SIZES } from "@/lib/images/variants";
import { getPhotos } from "@/lib/photos";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { getBrokenIds, getPageProblems } from "@/lib/preview";
import { articleMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  // The preview also has a page for each article with errors, showing them.
  const slugs = [...(await getArticles()).map((article) => article.slug), ...(await getBrokenIds("articles"))];
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticle(slug);
  const author = article && (await getAuthor(article.author));
  if (!article || !author) return (await getPageProblems("articles", slug)) ? { title: `Mistakes in ${slug}.md` } : {};
  return articleMetadata(article, author);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const [article, problems] = await Promise.all([getArticle(slug), getPageProblems("articles", slug)]);
  const author = article && (await getAuthor(article.author));
  if (!article || !author) {
    if (problems) return <div className="mx-auto grid max-w-measure grid-cols-1 gap-12"><ContentProblems {...problems} broken /></div>;
    notFound();
  }
  const [{ html, headings }, neighbours, related, bioHtml, photos] = await Promise.all([
    getRenderedArticle(article),
    getNeighbours(slug),
    getRelated(article),
    getAuthorBioHtml(author),
    getPhotos([article.cover?.src, author.avatar?.src]),
  ]);
  const cover = article.cover && photos.get(article.cover.src);
  const avatar = author.avatar && photos.get(author.avatar.src);

  return (
    <div className="mx-auto grid max-w-measure grid-cols-1 gap-12">
      {problems && <ContentProblems {...problems} />}
      <JsonLd data={articleJsonLd(article, author, photos)} />
      <article className="grid grid-cols-1 gap-8">
        <header className="grid gap-4">
          <StatusBadge status={article.status} />
          <h1 className="text-4xl leading-tight sm:text-5xl">{article.title}</h1>
          <ArticleByline article={article} author={author} />
          <TagList tags={article.tags} />
        </header>
        {/* The cover keeps its own shape here: a 16:9 or portrait picture is never cropped. */}
        {article.cover && cover && <ResponsiveImage photo={cover} alt={article.cover.alt} kind="cover" priority sizes={COLUMN_SIZES} className="h-auto w-full rounded-sm" />}
        <TableOfContents headings={headings} />
        <div className="prose prose-journal max-w-none" dangerouslySetInnerHTML={{ __html: html }} />
        <AuthorCard author={author} avatar={avatar} bioHtml={bioHtml} />
      </article>
      <ArticlePager {...neighbours} />
      <RelatedArticles articles={related} />
    </div>
  );
}
