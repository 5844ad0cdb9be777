import type { Metadata } from "next";
import { getPage } from "@/lib/pages";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage("about");
  return pageMetadata({ title: page.title, description: page.description, path: "/about" });
}

export default async function AboutPage() {
  const page = await getPage("about");
  return (
    <article className="mx-auto max-w-measure">
      <h1 className="text-4xl sm:text-5xl">{page.title}</h1>
      <p className="mt-3 text-lg text-muted">{page.description}</p>
      <div className="prose prose-journal mt-10 max-w-none" dangerouslySetInnerHTML={{ __html: page.html }} />
    </article>
  );
}
