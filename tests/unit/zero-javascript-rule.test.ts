import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/run-script";

// A real `next build` of tests/fixtures/client-leak, a one-page site whose home page renders a
// client component, with the journal's build adapter: Next.js's own output, no stand-in.
const fixture = path.join(projectRoot, "tests", "fixtures", "client-leak");

function nextBuild(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // Without Vitest's NODE_ENV=test, as in a terminal.
    execFile("env", ["-u", "NODE_ENV", process.execPath, path.join(projectRoot, "node_modules", "next", "dist", "bin", "next"), "build", fixture], { cwd: projectRoot, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, output: `${stdout}\n${stderr}` });
    });
  });
}

afterAll(async () => {
  await rm(path.join(fixture, ".next"), { recursive: true, force: true });
});

describe("the zero-JavaScript rule", () => {
  it("fails `next build` when a page outside lib/client-routes.mjs renders a client component, naming the page and the component", { timeout: 1_200_000 }, async () => {
    const build = await nextBuild();
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain("Zero JavaScript: only /search may ship client components (lib/client-routes.mjs), but");
    expect(build.output).toContain("app/page renders tests/fixtures/client-leak/app/like-button.tsx");
    expect(build.output).toContain("Make those components server components, or declare the route.");
  });
});
