import type { Page } from "@playwright/test";

/**
 * Sums every layout shift not caused by input, from before the first paint on. Call before
 * `page.goto`; the returned function reads the total so far.
 */
export async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const shift = { total: 0 };
    Object.assign(window, { __layoutShift: shift });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shift.total += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __layoutShift: { total: number } }).__layoutShift.total);
}

/**
 * Holds back every response whose URL matches `pattern` by `ms`, as a phone's network would:
 * whatever arrives after the first paint (a web font, a picture) then has its chance to move the page.
 */
export async function arriveLate(page: Page, pattern: string, ms: number): Promise<void> {
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}
