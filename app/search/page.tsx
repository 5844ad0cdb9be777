import type { Metadata } from "next";
import { SearchBox } from "@/components/search-box";

export const metadata: Metadata = { title: "Search", description: "Search every article in the journal." };

export default function SearchPage() {
  return (
    <div className="mx-auto grid max-w-measure gap-8">
      <h1 className="text-4xl sm:text-5xl">Search</h1>
      <SearchBox />
    </div>
  );
}
