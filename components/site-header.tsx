import { site } from "@/lib/site";

const links = [
  { href: "/", label: "Articles" },
  { href: "/tags", label: "Tags" },
  { href: "/authors", label: "Authors" },
  { href: "/about", label: "About" },
  { href: "/search", label: "Search" },
  { href: "/feed.xml", label: "RSS" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-5 py-5 sm:py-7">
        <a href="/" className="font-display text-2xl leading-none tracking-tight sm:text-3xl">
          {site.name}
        </a>
        <nav aria-label="Main">
          <ul className="label-caps flex flex-wrap gap-x-5 gap-y-2">
            {links.map(({ href, label }) => (
              <li key={href}>
                <a href={href} className="underline-offset-4 hover:text-accent hover:underline">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
