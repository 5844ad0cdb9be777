import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveList } from "@/components/archive-list";
import { getArticles } from "@/lib/articles";
import { ARCHIVE_PAGE_SIZE } from "@/lib/archive";
import { laterPageParams, pagePath, paginate, parsePageParam } from "@/lib/pagination";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";
import { orPlaceholder, PLACEHOLDER_PAGE } from "@/lib/static-params";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return orPlaceholder(laterPageParams((await getArticles()).length, ARCHIVE_PAGE_SIZE), { n: PLACEHOLDER_PAGE });
}

async function find(params: Props["params"]) {
  const number = parsePageParam((await params).n);
  return number === undefined ? undefined : paginate(await getArticles(), number, ARCHIVE_PAGE_SIZE);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await find(params);
  if (!page) return {};
  return {
    ...pageMetadata({ title: `Archive, page ${page.page}`, description: `Every article in the journal, by year and month. Page ${page.page}.`, path: pagePath("/archive", page.page) }),
    ...paginationMetadata(page.page, page.totalPages, (n) => pagePath("/archive", n)),
  };
}

export default async function ArchiveLaterPage({ params }: Props) {
  const page = await find(params);
  if (!page) notFound();
  return <ArchiveList page={page} />;
}
