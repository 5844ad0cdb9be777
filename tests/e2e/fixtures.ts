import { test as base, expect } from "@playwright/test";

/** Every test fails if the page logs an error or throws: readers would see a broken site. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A 404 page legitimately logs its own failed document request.
        if (message.type() === "error" && !message.text().includes("404 (Not Found)")) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
