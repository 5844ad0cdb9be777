import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "./fixtures";
import { pageTypes } from "./page-types";

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: "error" | "info" | "non-document-error"; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

/** Runs the Nu Html Checker (the W3C validator's engine) once over all files. */
async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  // Messages go to stdout as JSON; the exit code only repeats what the messages say.
  const { stdout } = await promisify(execFile)(process.env.JAVA ?? "java", ["-jar", vnuJar, "--format", "json", "--stdout", "--exit-zero-always", ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
}

test("every page type, fetched from the server, passes the Nu Html Checker with no errors", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), "journal-vnu-"));
  try {
    const files: string[] = [];
    for (const { name, path: url, status } of await pageTypes()) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      const file = path.join(dir, `${name.replace(/\W+/g, "-")}.html`);
      await writeFile(file, await response.body());
      files.push(file);
    }
    // A page with a known error proves the checker ran and reports what it finds.
    const control = path.join(dir, "control.html");
    await writeFile(control, '<!doctype html><html lang="en"><head><title>Control</title></head><body><span><div>block in inline</div></span></body></html>');

    // The checker's CSS grammar predates what Tailwind writes (@property, margin-trim): it judges
    // the markup, and the stylesheet the build inlines into every page is not markup.
    const errors = (await checkHtml([control, ...files])).filter((message) => message.type !== "info" && !message.message.startsWith("CSS: "));
    const describe = (message: VnuMessage) => `${path.basename(message.url)}:${message.lastLine ?? "?"}: ${message.message} ${message.extract ?? ""}`;
    expect(errors.filter((message) => message.url.endsWith("/control.html")).length, "errors found in the control page").toBeGreaterThan(0);
    expect(errors.filter((message) => !message.url.endsWith("/control.html")).map(describe)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
