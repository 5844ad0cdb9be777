import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { getArticles } from "@/lib/articles";
import { laterPageParams, paginate, parsePageParam } from "@/lib/pagination";
import { site } from "@/lib/site";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams((await getArticles()).length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params;
  return { title: `Articles, page ${n}`, description: `${site.tagline} Page ${n}.` };
}

export default async function ArticlesPage({ params }: Props) {
  const number = parsePageParam((await params).n);
  const page = number === undefined ? undefined : paginate(await getArticles(), number);
  if (!page) notFound();
  return <PagedArticles title="Articles" page={page} basePath="" />;
}
