import { describe, expect, it } from "vitest";
import { moduleGraph } from "../helpers/module-graph";

/*
 * `npm run dev` compiles the instrumentation hook, and everything it imports, before it answers
 * the first page (bench/authoring.md): the hook only watches the content folder for new files, so
 * it must not bring in the content loader (zod, YAML, the checks), or every author waits for that.
 */
describe("what `npm run dev` compiles before the first page", () => {
  it("for the instrumentation hook, only the file watcher and the folder it watches", () => {
    const { files, packages } = moduleGraph(["instrumentation.ts"]);
    expect([...files].sort()).toEqual(["instrumentation.ts", "lib/authoring/dev-refresh.ts", "lib/content/folders.ts"]);
    expect([...packages]).toEqual([]);
  });

  it("follows imports the way the bundler does: the content loader and its packages are reached from the collection", () => {
    const { files, packages } = moduleGraph(["lib/content/collection.ts"]);
    expect(files).toContain("lib/content/load.ts");
    expect(files).toContain("lib/content/schema.ts");
    expect(packages).toContain("zod");
    expect(packages).toContain("yaml");
  });
});
