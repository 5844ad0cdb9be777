import type { Metadata } from "next";
import { SearchBox } from "@/components/search-box";
import { getSearchShards } from "@/lib/search";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({ title: "Search", description: "Search every article in the journal.", path: "/search" });

export default async function SearchPage() {
  const shards = await getSearchShards();
  return (
    <div className="mx-auto grid max-w-measure gap-8">
      <h1 className="text-4xl sm:text-5xl">Search</h1>
      <SearchBox shards={shards} />
    </div>
  );
}
