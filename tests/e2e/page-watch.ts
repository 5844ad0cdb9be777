import type { Page } from "@playwright/test";

/** What a page did on its own that a reader never asked for. */
export type PageActivity = { dialogs: string[]; foreignRequests: string[]; navigations: string[] };

/**
 * Records every dialog (and dismisses it), every request to another origin (and aborts it, so
 * nothing leaves the machine) and every navigation other than the one the test asked for.
 * Call `expectNavigationTo(url)` before each `page.goto`.
 */
export async function watchPage(page: Page, origin: string) {
  const activity: PageActivity = { dialogs: [], foreignRequests: [], navigations: [] };
  let expected = "";

  page.on("dialog", (dialog) => {
    activity.dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss();
  });
  page.on("popup", (popup) => activity.navigations.push(`popup ${popup.url()} from ${page.url()}`));
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== origin) activity.foreignRequests.push(`${request.method()} ${request.url()} from ${page.url()}`);
  });
  page.on("framenavigated", (frame) => {
    if (frame !== page.mainFrame() || frame.url() !== expected) activity.navigations.push(`${frame.url()} (expected ${expected})`);
  });
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );

  return {
    activity,
    expectNavigationTo(url: string) {
      expected = url;
    },
  };
}
