import { ProblemsBanner } from "@/components/content-problems";
import { JsonLd } from "@/components/json-ld";
import { PagedArticles } from "@/components/paged-articles";
import { getArticles } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { firstPage, pagePath } from "@/lib/pagination";
import { getPhotos } from "@/lib/photos";
import { getFilesWithErrors } from "@/lib/preview";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export async function generateMetadata() {
  const page = firstPage(await getArticles());
  return { ...pageMetadata({ description: site.tagline, path: "/" }), ...paginationMetadata(1, page.totalPages, (n) => pagePath("", n)) };
}

export default async function HomePage() {
  const [articles, authors, withErrors] = await Promise.all([getArticles(), getAuthors(), getFilesWithErrors()]);
  const page = firstPage(articles);
  const photos = await getPhotos([...page.items.map((article) => article.cover?.src), ...authors.map((author) => author.avatar?.src)]);
  return (
    <>
      <ProblemsBanner files={withErrors} />
      <JsonLd data={homeJsonLd(page.items, authors, photos)} />
      <PagedArticles title={site.name} intro={<p className="text-lg text-muted">{site.tagline}</p>} page={page} basePath="" />
    </>
  );
}
