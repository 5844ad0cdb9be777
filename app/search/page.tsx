import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/search-box";

export const metadata: Metadata = { title: "Search", description: "Search every article in the journal." };

export default function SearchPage() {
  return (
    <div className="mx-auto grid max-w-measure gap-8">
      <h1 className="text-4xl sm:text-5xl">Search</h1>
      <noscript>
        <p className="rounded-sm border-l-2 border-accent bg-paper-raised px-5 py-4">
          Search runs in your browser and needs JavaScript. Everything is also listed in the{" "}
          <Link href="/archive" className="text-accent underline">
            archive
          </Link>{" "}
          and by{" "}
          <Link href="/tags" className="text-accent underline">
            tags
          </Link>
          .
        </p>
      </noscript>
      <SearchBox />
    </div>
  );
}
