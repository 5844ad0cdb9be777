import { test as base, expect } from "@playwright/test";

const CSP_CONSOLE_MESSAGE = /Content Security Policy/i;

type Fixtures = {
  consoleErrors: string[];
  /** Every Content Security Policy violation the page reports; a test that provokes one on purpose empties it. */
  cspViolations: string[];
};

/**
 * Every test fails if the page logs an error, throws, or breaks the Content Security Policy:
 * readers would see a broken site, or the policy would be blocking something the site needs.
 */
export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A 404 page legitimately logs its own failed document request; CSP has its own fixture.
        if (message.type() === "error" && !message.text().includes("404 (Not Found)") && !CSP_CONSOLE_MESSAGE.test(message.text())) {
          errors.push(message.text());
        }
      });
      page.on("pageerror", (error) => errors.push(error.message));
      // The console line above says only "404": name the image, script, style or font that is missing.
      // The hostile corpus links and embeds missing files on purpose; its own watcher checks it.
      if (testInfo.project.name !== "hostile") page.on("response", (response) => {
        const broken = ["image", "script", "stylesheet", "font"].includes(response.request().resourceType()) && response.status() >= 400;
        if (broken) errors.push(`${response.status()} for ${response.url()}`);
      });
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (CSP_CONSOLE_MESSAGE.test(message.text())) violations.push(message.text());
      });
      await page.exposeFunction("__reportCspViolation", (violation: string) => violations.push(violation));
      await page.addInitScript(() => {
        const report = (window as unknown as { __reportCspViolation(violation: string): void }).__reportCspViolation;
        document.addEventListener("securitypolicyviolation", (event) => {
          report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use(violations);
      expect(violations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
