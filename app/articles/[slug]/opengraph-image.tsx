import { notFound } from "next/navigation";
import { getArticle, getArticles } from "@/lib/articles";
import { getAuthor } from "@/lib/authors";
import { renderSocialImage } from "@/lib/og/render-social-image";
import { socialImageSize, socialImageType } from "@/lib/seo/social-image";
import { site } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

export const size = socialImageSize;
export const contentType = socialImageType;
// Drawn once at build time, so the static copy has it as a file too.
export const dynamic = "force-static";

export async function generateStaticParams() {
  return (await getArticles()).map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: Props) {
  const article = await getArticle((await params).slug);
  const author = article && (await getAuthor(article.author));
  if (!article || !author) notFound();
  return renderSocialImage({ kicker: site.name, title: article.title, footer: `By ${author.name}${author.guest ? " · Guest author" : ""}` });
}
