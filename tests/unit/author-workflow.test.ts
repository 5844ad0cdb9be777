import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLACEHOLDER } from "@/lib/authoring/placeholders";
import { prerenderedFiles } from "../../scripts/bench/prerendered-files";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { startDevServer, type DevServer } from "../helpers/dev-server";
import { projectRoot, runScript } from "../helpers/run-script";

// tsconfig.json lists this folder's types, so `next build` and `next dev` leave tsconfig.json alone.
// One file, so the build and the dev server never use the folder at the same time.
const DIST_DIR = ".next-test";
const nextEnv = path.join(projectRoot, "next-env.d.ts");

let folder: ContentFolder;
let savedNextEnv: string | undefined;
let devServer: DevServer | undefined;

beforeAll(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  savedNextEnv = await readFile(nextEnv, "utf8").catch(() => undefined);
});

afterAll(async () => {
  await devServer?.stop();
  await folder.remove();
  await rm(path.join(projectRoot, DIST_DIR), { recursive: true, force: true });
  // `next build` and `next dev` point next-env.d.ts at its own folder; give it back to the main build.
  if (savedNextEnv !== undefined) await writeFile(nextEnv, savedNextEnv);
});

describe("an author's first article", () => {
  it("goes from `npm run new` through `check:content` to a page in the production build", { timeout: 2_400_000 }, async () => {
    const env = { CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir };
    expect((await runScript("new", ["Reading a Hallmark", "--author", "isla", "--tags", "hallmarks, silver"], env)).code).toBe(0);
    expect((await runScript("new", ["Opals in Waiting", "--author", "isla", "--tags", "silver"], env)).code).toBe(0);

    // What docs/authoring.md asks of the author: write the description and the text, then publish.
    const file = path.join(folder.contentDir, "articles", "reading-a-hallmark.md");
    const draft = await readFile(file, "utf8");
    await writeFile(
      file,
      draft
        .replace(PLACEHOLDER.description, "How to read the little row of marks stamped inside a ring, from the maker to the metal.")
        .replace(PLACEHOLDER.opening, "Turn over an old spoon and you will find a neat row of tiny stamps.")
        .replace(`## ${PLACEHOLDER.heading}`, "## The maker's mark")
        .replace(PLACEHOLDER.text, "The first stamp names who made the piece.")
        .replace("draft: true", "draft: false"),
    );

    const check = await runScript("check:content", [], env);
    expect(check.stdout).toMatch(/^2 articles, 1 author: 0 errors, \d+ warnings?$/m);
    expect(check.code).toBe(0);

    const build = await runScript("build", [], { ...env, NEXT_DIST_DIR: DIST_DIR }, 2_100_000);
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    const pages = await prerenderedFiles(path.join(projectRoot, DIST_DIR), /\.html$/);
    const articlePage = (slug: string) => pages.find(({ relative }) => relative === `articles/${slug}.html`);
    const published = articlePage("reading-a-hallmark");
    if (!published) throw new Error(`no page for the published article among ${pages.map(({ relative }) => relative).join(", ")}`);
    const html = await readFile(published.file, "utf8");
    expect(html).toMatch(/<h1[^>]*>Reading a Hallmark<\/h1>/);
    expect(html).toContain("Turn over an old spoon and you will find a neat row of tiny stamps.");
    expect(html).not.toContain("This note is hidden on the site");
    // The other article is still a draft: it has no page.
    expect(articlePage("opals-in-waiting")).toBeUndefined();
    // The preview's live refresh (app/dev/) never ships: no route, no script, in any built file.
    const dist = path.join(projectRoot, DIST_DIR);
    const entries = await readdir(dist, { recursive: true, withFileTypes: true });
    const built = entries.filter((entry) => entry.isFile() && /\.(html|js|json|rsc|body)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
    const mentions = await Promise.all(built.map(async (file) => ((await readFile(file, "utf8")).includes("/dev/content-version") ? [path.relative(dist, file)] : [])));
    expect(mentions.flat()).toEqual([]);
    expect(html).not.toContain("/dev/live-refresh.js");
    expect(existsSync(path.join(projectRoot, DIST_DIR, "server", "app", "dev"))).toBe(false);
  });
});

describe("previewing with npm run dev", () => {
  it("shows an edited, a new and a deleted article on the next reload, without a restart", { timeout: 1_200_000 }, async () => {
    const env = { CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir, NEXT_DIST_DIR: DIST_DIR };
    const file = path.join(folder.contentDir, "articles", "bench-notes.md");
    await writeFile(file, article({ title: "Bench Notes", author: "isla" }));
    devServer = await startDevServer(env);
    const page = async (slug: string) => {
      const response = await fetch(`${devServer?.url}/articles/${slug}`);
      return { status: response.status, html: await response.text() };
    };
    expect((await page("bench-notes")).html).toMatch(/<h1[^>]*>Bench Notes<\/h1>/);

    await writeFile(file, article({ title: "Bench Notes, Revised", author: "isla" }));
    expect((await page("bench-notes")).html).toMatch(/<h1[^>]*>Bench Notes, Revised<\/h1>/);

    expect((await runScript("new", ["Second Thoughts", "--author", "isla"], env)).code).toBe(0);
    // The dev server asks for the new page itself as soon as the file appears, until it answers
    // (instrumentation.ts, lib/authoring/dev-refresh.ts); the author's first visit comes after.
    const ready = /GET \/articles\/second-thoughts 200 /;
    const deadline = Date.now() + 300_000;
    while (!ready.test(devServer.log().replace(/\x1b\[[0-9;]*m/g, "")) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const created = await page("second-thoughts");
    expect(created.status).toBe(200);
    expect(created.html).toMatch(/<h1[^>]*>Second Thoughts<\/h1>/);
    expect(created.html).toContain("Draft — not published");

    await rm(file);
    expect((await page("bench-notes")).status).toBe(404);
  });
});
