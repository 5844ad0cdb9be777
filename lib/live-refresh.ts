import { watch } from "node:fs";
import { contentDir } from "./content/collection";
import { contentVersion } from "./preview";

/*
 * The preview's live refresh, for app/dev/ (`npm run dev` only): nothing else imports this module,
 * so no production bundle holds it.
 */

/** Where the preview's pages ask whether the content has changed. */
const VERSION_PATH = "/dev/content-version";

/**
 * Waits until the content's version is no longer `since`, or `timeoutMs` have passed: one
 * request per change instead of one per poll, so the author's terminal stays quiet.
 */
export async function nextContentVersion(since: string, timeoutMs: number, signal: AbortSignal): Promise<string> {
  if (contentVersion() !== since) return contentVersion();
  await new Promise<void>((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      watcher?.close();
      clearTimeout(timer);
      clearTimeout(settle);
      // Stryker disable next-line StringLiteral: a listener left in place only calls done again when the page goes away, and done then finds the watcher closed, the timers cleared and the wait answered
      signal.removeEventListener("abort", done);
      resolve();
    };
    let watcher: ReturnType<typeof watch> | undefined;
    try {
      // Editors save in several steps (a temporary file, a rename): answer once they are done.
      watcher = watch(contentDir(), { recursive: true }, () => {
        clearTimeout(settle);
        settle = setTimeout(() => contentVersion() !== since && done(), 60);
      });
    } catch {
      // Without a watcher (a system out of file watches), the page asks again after the timeout.
    }
    const timer = setTimeout(done, timeoutMs);
    signal.addEventListener("abort", done);
  });
  return contentVersion();
}

/**
 * The browser's side, served as a plain script on the preview's pages only: ask for the next
 * version, starting from the one the page was rendered with, and reload when it changes.
 */
export const LIVE_REFRESH_SCRIPT = `(() => {
  const script = document.currentScript;
  let since = script ? script.dataset.version || "" : "";
  const ask = async () => {
    try {
      const response = await fetch("${VERSION_PATH}?since=" + encodeURIComponent(since), { cache: "no-store" });
      const version = await response.text();
      if (response.ok && version !== since) {
        location.reload();
        return;
      }
      setTimeout(ask, 0);
    } catch {
      setTimeout(ask, 1000);
    }
  };
  ask();
})();
`;
