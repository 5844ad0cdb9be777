import { notFound } from "next/navigation";
import { getArticle, getArticles } from "@/lib/articles";
import { getAuthor } from "@/lib/authors";
import { renderSocialImage } from "@/app/_og/render-social-image";
import { socialImageSize, socialImageType } from "@/lib/seo/social-image";
import { site } from "@/lib/site";
import { isStaticExport } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string }> };

export const size = socialImageSize;
export const contentType = socialImageType;
// Drawn once, then served as a file. A card costs about 20 ms, the largest single cost of a
// build per article, so `next start` builds draw none: each is drawn on its first request (a crawler
// reading the link preview) and kept, by Next.js and in the build cache across rebuilds. The
// static copy cannot draw on request, so its build draws them all.
export const dynamic = "force-static";

export async function generateStaticParams() {
  if (!isStaticExport()) return [];
  return (await getArticles()).map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: Props) {
  const article = await getArticle((await params).slug);
  const author = article && (await getAuthor(article.author));
  if (!article || !author) notFound();
  return renderSocialImage({ kicker: site.name, title: article.title, footer: `By ${author.name}${author.guest ? " · Guest author" : ""}` });
}
