"use client"; // Error boundaries must be Client Components.

import { ErrorNotice } from "@/components/error-notice";

/*
 * Only the search page runs code in the reader's browser after it loads, so only it can fail
 * there; every other page is prerendered HTML that fails at build time or not at all. A root
 * error boundary (and a global-error.tsx) would add their code to every page for nothing, and
 * Next.js's own fallback shows no message or stack either.
 */
export default function SearchError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
