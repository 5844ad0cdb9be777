import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { projectRoot } from "../helpers/run-script";

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

/** The warm-up `npm run build` runs beside `next build`, in a process of its own as there. */
async function warmUp(): Promise<string> {
  const script = "import('./scripts/warm-build-cache.ts').then(async (m) => console.log(await m.warmBuildCache()))";
  const env = { ...process.env, CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir, NEXT_DIST_DIR: path.join(folder.root, "dist") };
  // As in a terminal: Vitest's NODE_ENV=test would turn the build cache off.
  const { stdout } = await promisify(execFile)("env", ["-u", "NODE_ENV", process.execPath, "--import", "tsx", "-e", script], { cwd: projectRoot, env, timeout: 600_000 });
  return stdout.trim();
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("the build cache warm-up", () => {
  it("renders every article into the build cache and builds the search index", async () => {
    for (const slug of ["pearls", "hallmarks", "casting"]) await folder.write(`content/articles/${slug}.md`, article({ title: `"All about ${slug}"` }, `## ${slug}\n\nWords about ${slug}.\n`));
    expect(await warmUp()).toBe("warmed");
    const cache = path.join(folder.root, "dist", "cache", "journal");
    expect((await filesUnder(path.join(cache, "markdown"))).filter((name) => name.endsWith(".json"))).toHaveLength(3);
    expect(await filesUnder(path.join(cache, "search-index"))).toContain("pagefind-entry.json");
  }, 900_000);

  it("stops quietly on content with an error, leaving the build to report it", async () => {
    await folder.write("content/articles/broken.md", article({ date: "2025-13-45" }));
    expect(await warmUp()).toBe("skipped");
    expect(await filesUnder(path.join(folder.root, "dist"))).toEqual([]);
  }, 900_000);
});
