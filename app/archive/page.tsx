import type { Metadata } from "next";
import { ArchiveList } from "@/components/archive-list";
import { getArticles } from "@/lib/articles";
import { ARCHIVE_PAGE_SIZE } from "@/lib/archive";
import { firstPage, pageCount, pagePath } from "@/lib/pagination";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const total = pageCount((await getArticles()).length, ARCHIVE_PAGE_SIZE);
  return {
    ...pageMetadata({ title: "Archive", description: "Every article in the journal, by year and month.", path: "/archive" }),
    ...paginationMetadata(1, total, (n) => pagePath("/archive", n)),
  };
}

export default async function ArchivePage() {
  return <ArchiveList page={firstPage(await getArticles(), ARCHIVE_PAGE_SIZE)} />;
}
