/** Served by app/dev/live-refresh.js/route.dev.ts, which exists in `npm run dev` only. */
const SCRIPT_PATH = "/dev/live-refresh.js";

/**
 * In the preview only: the script that reloads the page when a content file is saved. `version`
 * is the content the page was rendered from; production pages get no version and no script.
 */
export function LiveRefresh({ version }: { version: string | undefined }) {
  if (version === undefined) return null;
  return <script src={SCRIPT_PATH} data-version={version} async />;
}
