import { site } from "@/lib/site";

const feeds = [
  { href: "/feed.xml", label: "RSS" },
  { href: "/atom.xml", label: "Atom" },
  { href: "/feed.json", label: "JSON Feed" },
];

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-rule">
      <div className="label-caps mx-auto flex max-w-5xl flex-col gap-4 px-5 py-10 text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {new Date().getFullYear()} {site.owner}
        </p>
        <nav aria-label="Feeds and archive">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <a href="/archive" className="hover:text-accent hover:underline">
                Archive
              </a>
            </li>
            {feeds.map(({ href, label }) => (
              <li key={href}>
                <a href={href} className="hover:text-accent hover:underline">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
