import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { getArticlesByAuthor } from "@/lib/articles";
import { getAuthor, getAuthors } from "@/lib/authors";
import { laterPageParams, pagePath, paginate, parsePageParam } from "@/lib/pagination";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";
import { orPlaceholder, PLACEHOLDER_PAGE } from "@/lib/static-params";

type Props = { params: Promise<{ id: string; n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const authors = await getAuthors();
  const pages = await Promise.all(
    authors.map(async (author) => laterPageParams((await getArticlesByAuthor(author.id)).length).map(({ n }) => ({ id: author.id, n }))),
  );
  return orPlaceholder(pages.flat(), { id: authors[0]?.id ?? "none", n: PLACEHOLDER_PAGE });
}

async function find(params: Props["params"]) {
  const { id, n } = await params;
  const author = await getAuthor(id);
  const number = parsePageParam(n);
  const page = author && number !== undefined ? paginate(await getArticlesByAuthor(author.id), number) : undefined;
  return author && page && { author, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const base = `/authors/${found.author.id}`;
  const { page, totalPages } = found.page;
  return {
    ...pageMetadata({ title: `Articles by ${found.author.name}, page ${page}`, description: `Articles by ${found.author.name}, page ${page}.`, path: pagePath(base, page) }),
    ...paginationMetadata(page, totalPages, (n) => pagePath(base, n)),
  };
}

export default async function AuthorLaterPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <PagedArticles title={`Articles by ${found.author.name}`} page={found.page} basePath={`/authors/${found.author.id}`} />;
}
