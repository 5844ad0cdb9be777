import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientModulesOf, ownClientComponents } from "@/lib/build/client-manifest.mjs";

/* How the build adapter learns which of our client components a page renders (the zero-JavaScript rule). */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "client-manifest-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function manifest(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

describe("a page's client reference manifest", () => {
  it("gives the client modules the page can render", async () => {
    const file = await manifest(
      "page_client-reference-manifest.js",
      'globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST["/search/page"] = {"moduleLoading":{},"clientModules":{"[project]/components/search-box.tsx <module evaluation>":{},"[project]/node_modules/next/dist/client/link.js":{},"[project]/components/a;b.tsx":{}}};\n',
    );
    expect(await clientModulesOf(file)).toEqual(["[project]/components/search-box.tsx <module evaluation>", "[project]/node_modules/next/dist/client/link.js", "[project]/components/a;b.tsx"]);
  });

  it("reads a page name holding quotes, and a manifest without client modules", async () => {
    const file = await manifest("quoted.js", 'globalThis.__RSC_MANIFEST["/a\\"b/page"]={"ssrModuleMapping":{}}');
    expect(await clientModulesOf(file)).toEqual([]);
  });

  it("fails the build on a file that is not such a manifest, naming it", async () => {
    const file = await manifest("other.js", "module.exports = {};");
    await expect(clientModulesOf(file)).rejects.toThrow(`${file} is not a client reference manifest this build adapter can read`);
  });
});

describe("our own client components among a manifest's modules", () => {
  it("are the project's files, by path, once each and sorted, without packages, stylesheets or files outside", () => {
    const project = "/work/site";
    const modules = [
      "[project]/components/search-box.tsx <module evaluation>",
      "[project]/components/search-box.tsx#SearchBox",
      "/work/site/app/search/results.tsx",
      // webpack's absolute path through a dynamic route folder that happens to be named `[project]`.
      "/work/site/app/work/[project]/gallery.tsx",
      "[project]/components/a-first.tsx",
      "[project]/node_modules/next/dist/client/link.js",
      "/work/site/node_modules/react/index.js",
      "[project]/app/globals.css",
      "[project]/components/theme.css.ts",
      "/work/other/components/x.tsx",
      "/elsewhere.tsx",
    ];
    expect(ownClientComponents(modules, project)).toEqual(["app/search/results.tsx", "app/work/[project]/gallery.tsx", "components/a-first.tsx", "components/search-box.tsx", "components/theme.css.ts"]);
  });
});
