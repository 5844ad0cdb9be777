"use client"; // Error boundaries must be Client Components.

import { ErrorNotice } from "@/components/error-notice";
import { site } from "@/lib/site";
import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it brings its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={site.language}>
      <body className="min-h-screen px-5 pt-10 antialiased">
        <title>{`Something went wrong · ${site.name}`}</title>
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
