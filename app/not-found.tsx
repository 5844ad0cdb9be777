import { getArticles } from "@/lib/articles";

export default async function NotFound() {
  const newest = (await getArticles()).slice(0, 3);
  return (
    <div className="mx-auto grid max-w-measure gap-6">
      <h1 className="text-4xl sm:text-5xl">This page could not be found</h1>
      <p className="text-lg">
        The link may be old, or the article may have moved. Try the{" "}
        <a href="/search" className="text-accent underline">
          search
        </a>
        , or browse the{" "}
        <a href="/" className="text-accent underline">
          list of articles
        </a>
        .
      </p>
      {newest.length > 0 && (
        <section aria-labelledby="newest-heading">
          <h2 id="newest-heading" className="label-caps font-body text-muted">
            Newest articles
          </h2>
          <ul className="mt-3 grid gap-2">
            {newest.map((article) => (
              <li key={article.slug}>
                <a href={`/articles/${article.slug}`} className="font-display text-2xl underline decoration-rule underline-offset-4 hover:text-accent">
                  {article.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
