import Link from "next/link";
import { site } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-4 px-5 py-6">
        <Link href="/" className="font-display text-2xl font-semibold tracking-tight">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="label-caps flex gap-5">
            <li>
              <Link href="/" className="hover:text-accent hover:underline">
                Articles
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
