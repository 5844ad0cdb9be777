import { site } from "@/lib/site";

/** Next.js gives server errors a `digest` that matches the server log; it reveals nothing else. */
function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

/**
 * What a reader sees when a page fails: an apology, a way forward and, for the studio, the
 * reference of the server log entry. Never the error's message or stack, which can hold file
 * paths and data.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return (
    <div className="mx-auto grid max-w-measure gap-4">
      <h1 className="text-4xl font-semibold">Something went wrong</h1>
      <p className="text-lg">
        This page could not be shown just now. Try again, or go back to{" "}
        <a href="/" className="text-accent underline">
          the list of articles
        </a>
        .
      </p>
      <p>
        <button type="button" onClick={retry} className="label-caps rounded-sm border border-accent px-4 py-2 text-accent">
          Try again
        </button>
      </p>
      {digest && <p className="text-sm text-muted">If it keeps happening, tell {site.owner} this reference: {digest}</p>}
    </div>
  );
}
