import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto grid max-w-measure gap-4">
      <h1 className="text-4xl font-semibold">This page could not be found</h1>
      <p className="text-lg">
        The link may be old, or the article may have moved. The{" "}
        <Link href="/" className="text-accent underline">
          list of articles
        </Link>{" "}
        has everything we have published.
      </p>
    </div>
  );
}
