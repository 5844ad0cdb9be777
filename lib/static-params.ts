/**
 * `output: "export"` refuses a dynamic route whose generateStaticParams returns nothing, which a
 * young journal hits on every "page 2" route. For the export only, such a route gets one
 * placeholder page numbered 0: it renders the not-found page and `npm run build:static` deletes
 * it (`scripts/build-static.ts`). `next start` builds never see it.
 */
export const PLACEHOLDER_PAGE = "0";

export function orPlaceholder<T extends { n: string }>(params: T[], placeholder: T): T[] {
  return params.length === 0 && isStaticExport() ? [placeholder] : params;
}

/** Whether this build is the static copy (`npm run build:static`), which cannot render on request. */
export function isStaticExport(): boolean {
  return process.env.NEXT_OUTPUT === "export";
}
