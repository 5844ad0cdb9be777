import { PagedArticles } from "@/components/paged-articles";
import { getArticles } from "@/lib/articles";
import { firstPage } from "@/lib/pagination";
import { site } from "@/lib/site";

export default async function HomePage() {
  return <PagedArticles title={site.name} intro={<p className="text-lg text-muted">{site.tagline}</p>} page={firstPage(await getArticles())} basePath="" />;
}
