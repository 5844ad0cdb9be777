import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { ArticleByline } from "@/components/article-byline";
import { ArticlePager } from "@/components/article-pager";
import { AuthorCard } from "@/components/author-card";
import { StatusBadge } from "@/components/status-badge";
import { getArticle, getArticleHtml, getArticles, getNeighbours } from "@/lib/articles";
import { getAuthor, getAuthorBioHtml } from "@/lib/authors";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return { title: article.title, description: article.description };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getArticle(slug);
  const author = article && (await getAuthor(article.author));
  if (!article || !author) notFound();
  const [html, neighbours, bioHtml] = await Promise.all([getArticleHtml(article), getNeighbours(slug), getAuthorBioHtml(author)]);

  return (
    <div className="mx-auto grid max-w-measure gap-12">
      <article className="grid gap-8">
        <header className="grid gap-4">
          <StatusBadge status={article.status} />
          <h1 className="text-4xl leading-tight font-semibold sm:text-5xl">{article.title}</h1>
          <ArticleByline article={article} author={author} />
        </header>
        {article.cover && (
          <Image
            src={article.cover.src}
            alt={article.cover.alt}
            width={1200}
            height={800}
            priority
            sizes="(min-width: 768px) 720px, 100vw"
            className="aspect-[3/2] w-full rounded-sm object-cover"
          />
        )}
        <div className="prose prose-lg prose-journal max-w-none" dangerouslySetInnerHTML={{ __html: html }} />
        <AuthorCard author={author} bioHtml={bioHtml} />
      </article>
      <ArticlePager {...neighbours} />
    </div>
  );
}
