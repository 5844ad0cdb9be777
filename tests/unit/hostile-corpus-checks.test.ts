import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
// The checks load the page's Markdown readers on demand; loaded here with the file, their module
// constants are not taken for code one test runs (StrykerJS's static mutants, docs/testing.md).
import "@/lib/checks/renderers";
import { formatIssue } from "@/lib/content/issues";
import { largePhotosIn } from "../../scripts/large-photo-fixture";
import { smallImage } from "../helpers/images";

const HOSTILE = path.resolve("tests/fixtures/hostile");
// Checking runs the Markdown parser over every attack; on a loaded 2-core machine that can take seconds.
const CHECK_TIMEOUT = 120_000;
let publicDir: string;
let parent: string;

beforeAll(async () => {
  // public/, plus small stand-ins for the camera-sized photos the e2e build draws (scripts/large-photo-fixture.ts).
  parent = await mkdtemp(path.join(tmpdir(), "hostile-public-"));
  publicDir = path.join(parent, "public");
  await cp("public", publicDir, { recursive: true });
  for (const src of await largePhotosIn(HOSTILE)) {
    const file = path.join(publicDir, ...src.split("/"));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await smallImage());
  }
}, CHECK_TIMEOUT);

afterAll(() => rm(parent, { recursive: true, force: true }));

describe("the hostile corpus (tests/fixtures/hostile)", () => {
  it("passes the content checks without an error, so plain `next build` builds it (the e2e `hostile` project)", { timeout: CHECK_TIMEOUT }, async () => {
    const { issues } = await checkContent({ contentDir: HOSTILE, publicDir, now: new Date(), includeUnpublished: false, dev: false });
    expect(issues.filter((issue) => issue.severity === "error").map(formatIssue)).toEqual([]);
  });
});
