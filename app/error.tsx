"use client"; // Error boundaries must be Client Components.

import { ErrorNotice } from "@/components/error-notice";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
